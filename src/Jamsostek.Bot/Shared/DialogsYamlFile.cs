using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Bot.Shared;

/// <summary>
/// Reading a texts file of dialogs/ (reminders, sponsor invitations, agents): every fault, a missing file or bad YAML alike,
/// becomes an InvalidDataException naming the file, which the start-up prints and stops on.
/// </summary>
public static class DialogsYamlFile
{
    public static string ReadText(string dialogsFolder, string fileName)
    {
        try
        {
            return File.ReadAllText(Path.Combine(dialogsFolder, fileName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{fileName}: {ex.Message}", ex);
        }
    }

    /// <summary>The YAML read into <typeparamref name="T"/>, keys spelt with underscores (cara_bayar → CaraBayar); null for an empty file.</summary>
    public static T? Deserialize<T>(string yaml, string fileName)
        where T : class
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<T?>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{fileName}: not valid YAML ({e.Start}): {e.Message}", e);
        }
    }
}
