using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Dialogs.Flows;

/// <summary>Reads the flow files of dialogs/ (top-level *.yaml) and validates them all before anything runs.</summary>
public static class FlowLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static FlowCatalog LoadDirectory(string directory, FlowVocabulary vocabulary)
    {
        if (!Directory.Exists(directory))
        {
            throw new DialogValidationException([$"{directory}: folder dialog tidak ditemukan"]);
        }

        var files = Directory.GetFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal);
        return Load(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))), vocabulary);
    }

    public static FlowCatalog Load(IEnumerable<(string FileName, string Yaml)> files, FlowVocabulary vocabulary)
    {
        var faults = new List<string>();
        var flows = new List<FlowDefinition>();
        foreach (var (fileName, yaml) in files)
        {
            FlowFile? file;
            try
            {
                file = Deserializer.Deserialize<FlowFile>(yaml);
            }
            catch (YamlException ex)
            {
                faults.Add($"{fileName}:{ex.Start.Line}: YAML tidak terbaca: {ex.InnerException?.Message ?? ex.Message}");
                continue;
            }

            if (file is null)
            {
                faults.Add($"{fileName}: berkas kosong");
                continue;
            }

            var flow = FlowMapper.Map(file, fileName);
            faults.AddRange(FlowValidator.Validate(flow, vocabulary));
            flows.Add(flow);
        }

        faults.AddRange(flows.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Last().SourceFile}: id alur '{g.Key}' dipakai lebih dari sekali"));
        foreach (var flow in flows)
        {
            foreach (var step in flow.Steps)
            {
                faults.AddRange(step.Choices.Where(c => c.Start is not null && flows.All(f => f.Id != c.Start))
                    .Select(c => $"{flow.SourceFile}:{step.Id}: pilihan '{c.Id}' memulai alur yang tidak ada '{c.Start}'"));
            }
        }

        if (faults.Count > 0)
        {
            throw new DialogValidationException(faults);
        }

        return new FlowCatalog(flows);
    }
}
