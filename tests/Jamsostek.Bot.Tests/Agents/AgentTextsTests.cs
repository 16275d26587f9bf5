using Jamsostek.Bot.Agents;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>dialogs/agen/agen.yaml: the shipped file loads and fits a phone screen; a missing text or placeholder stops the start, named.</summary>
public sealed class AgentTextsTests
{
    private static string Shipped => File.ReadAllText(Path.Combine(new DialogsOptions().ResolvePath(), AgentTexts.FileName));

    [Fact]
    public void Shipped_FitsOnePhoneScreen_WithItsLongestValues()
    {
        var texts = AgentTexts.Parse(Shipped);

        var sent = texts.Say("terkirim", ("referensi", "BPU-ABCDEFGHJK"), ("kode", "S12345678"), ("tautan", "https://t.me/JamsostekPendaftaranBot?start=S12345678"), ("hari", "60"));
        var asked = texts.Say("tanya_pekerja", ("jenis", "Agen PERISAI"), ("agen", new string('A', 60)), ("referensi", "BPU-ABCDEFGHJK"), ("nama", new string('N', 100)), ("nik", "6306********0003"), ("program", "JKK + JKM + JHT"));

        Assert.All(new[] { sent, asked }, t => Assert.True(t.Length <= 500 && t.Split('\n').Length <= 8, t));
        Assert.True(texts.Is("setuju", "Ya, saya setuju!"));
        Assert.True(texts.Is("daftar_orang_lain", "Daftarkan  orang lain"));
    }

    [Theory]
    [InlineData("  kode_salah: \"Kode persetujuan", "'kode_salah' is required")]
    [InlineData("lalu ketik kode *{kode}*", "the text must use {kode}")]
    public void Parse_NamesTheFault_WhenATextOrPlaceholderIsMissing(string removed, string fault)
    {
        var broken = string.Join('\n', Shipped.Split('\n').Select(l => l.Contains(removed, StringComparison.Ordinal) ? l.Replace(removed, removed.StartsWith(' ') ? "  kosong: \"" : "lalu ketik kodenya", StringComparison.Ordinal) : l));

        var error = Assert.Throws<InvalidDataException>(() => AgentTexts.Parse(broken));

        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(AgentTexts.FileName, error.Message, StringComparison.Ordinal);
    }
}
