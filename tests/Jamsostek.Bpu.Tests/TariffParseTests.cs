namespace Jamsostek.Bpu.Tests;

public class TariffParseTests
{
    private static string EmbeddedYaml()
    {
        using var stream = typeof(Tariff).Assembly.GetManifestResourceStream("Jamsostek.Bpu.Data.tariff.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Parse_AcceptsTheShippedFile()
    {
        var tariff = Tariff.Parse(EmbeddedYaml());

        Assert.Equal(33, tariff.Brackets.Count);
    }

    [Theory]
    [InlineData("  - { number: 33,", "", "expected 33 income brackets")]
    [InlineData("from: 1300000, to: 1500000", "from: 1350000, to: 1500000", "ascending without gaps")]
    [InlineData("to: 1500000, base: 1400000", "to: 1500000, base: 0", "'base' must be a positive amount")]
    [InlineData("  - program: jht", "  - program: jkk", "no rate for programme JHT")]
    [InlineData("kind: flat", "kind: fixed", "'kind' must be percent_of_base or flat")]
    [InlineData("from: \"2026-04\", to: \"2026-12\"", "from: \"April 2026\", to: \"2026-12\"", "must be a month like")]
    [InlineData("group: other", "group: farmers", "'group' must be transport or other")]
    [InlineData("percent_off: 50", "percent_of: 50", "not valid YAML")]
    [InlineData("  ids: [ojek, sopir, kurir]\n  source:", "  ids: [ojek, sopir, kurir]\n  note:", "not valid YAML")]
    public void Parse_ThrowsInvalidData_WhenFileIsBroken(string find, string replace, string message)
    {
        var yaml = EmbeddedYaml();
        Assert.Contains(find, yaml, StringComparison.Ordinal);
        var broken = find.StartsWith("  - { number: 33,", StringComparison.Ordinal)
            ? string.Join('\n', yaml.Split('\n').Where(l => !l.StartsWith(find, StringComparison.Ordinal)))
            : ReplaceFirst(yaml, find, replace);

        var error = Assert.Throws<InvalidDataException>(() => Tariff.Parse(broken));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThrowsInvalidData_WhenBracketHasNoSource()
    {
        var yaml = ReplaceFirst(EmbeddedYaml(), "base: 1200000, source: \"PP 44/2015 Lampiran II, diubah terakhir dengan PP 49/2023; Permenaker 5/2021 Pasal 31-32\"", "base: 1200000");

        var error = Assert.Throws<InvalidDataException>(() => Tariff.Parse(yaml));

        Assert.Contains("bracket 2: 'source' is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("brackets: [")]
    public void Parse_ThrowsInvalidData_WhenNotATariff(string yaml) =>
        Assert.Throws<InvalidDataException>(() => Tariff.Parse(yaml));

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
