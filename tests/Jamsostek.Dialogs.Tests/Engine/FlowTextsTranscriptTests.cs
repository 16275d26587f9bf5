using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>The engine's worker-facing wording is the flow file's: an edit there is what the worker reads.</summary>
public sealed class FlowTextsTranscriptTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dialogs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("jalan_keluar", "KELUAR BARU", "KELUAR BARU", "12-08-1990|x|x|x")]
    [InlineData("usia_terlalu_muda", "MUDA {bisa_daftar_mulai}", "MUDA 20 Desember 2026", "")]
    [InlineData("tanggal_beda", "BEDA {tanggal_diketik}", "BEDA 21 Agustus 1990", "21-08-1990")]
    public void Handle_SaysFlowsWording_WhenStaffEditTexts(string key, string wording, string expected, string afterName)
    {
        WriteFlowWith(key, wording);
        var chat = new EngineHarness(DialogEngineFactory.Create(folder, new EligibilityOptions()));
        string[] start = afterName.Length == 0 ? ["daftar", "ya", "6306052012110001"] : ["daftar", "ya", Registrations.Nik, "Siti Aminah"];

        chat.SayAll([.. start, .. afterName.Split('|', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Contains(expected, chat.LastText, StringComparison.Ordinal);
    }

    // The real registration flow with one text of its texts: section replaced.
    private void WriteFlowWith(string key, string wording)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Dialogs, "registrasi-bpu.yaml"));
        var at = Array.FindIndex(lines, l => l.StartsWith($"  {key}:", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, at + 1, l => !l.StartsWith("    ", StringComparison.Ordinal));
        var edited = lines[..at].Append($"  {key}: \"{wording}\"").Concat(lines[end..]);
        File.WriteAllLines(Path.Combine(folder, "registrasi-bpu.yaml"), edited);
    }
}
