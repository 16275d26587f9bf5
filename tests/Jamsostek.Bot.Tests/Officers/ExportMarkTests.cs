using System.Text;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 18: the export of approved sign-ups marks the rows that already left in an earlier export.</summary>
public sealed class ExportMarkTests() : OfficerConsoleTest(withAdmin: false)
{
    [Fact]
    public async Task Export_MarksRowsAlreadyExported_WithTheFirstExportsLocalTime()
    {
        var first = await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; s.DecidedAt = Factory.Time.GetUtcNow(); s.DecidedBy = "rina"; });
        using var client = await Factory.SignedInAsync("rina");
        var url = new Uri("/petugas/ekspor?handler=csv&dari=2026-05-01&sampai=2026-05-31", UriKind.Relative);

        var before = Encoding.UTF8.GetString(await client.GetByteArrayAsync(url));
        Factory.Time.Advance(TimeSpan.FromHours(2));
        var second = await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678902"; s.DecidedAt = Factory.Time.GetUtcNow(); s.DecidedBy = "rina"; });
        var after = Encoding.UTF8.GetString(await client.GetByteArrayAsync(url));

        Assert.Contains("Sudah diekspor sebelumnya (waktu setempat pekerja)", before, StringComparison.Ordinal);
        Assert.EndsWith("rina,\r\n", Line(before, first.Reference), StringComparison.Ordinal); // new in the first file
        Assert.EndsWith(",11-05-2026 09:00 WITA\r\n", Line(after, first.Reference), StringComparison.Ordinal); // 01:00 UTC = 09:00 WITA
        Assert.EndsWith("rina,\r\n", Line(after, second.Reference), StringComparison.Ordinal); // new in the second file
    }

    private static string Line(string csv, string reference) =>
        csv.Split("\r\n").Single(l => l.Contains(reference, StringComparison.Ordinal)) + "\r\n";
}
