using System.Net;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 18: the detail page puts the data before the decision, links what the checks found, and a decision leads to the next case.</summary>
public sealed class DetailDecisionTests : OfficerConsoleTest
{
    [Fact]
    public async Task Detail_ShowsChecksSummaryAnswersChecksThenDecision_WithTheTranscriptFoldedByDay()
    {
        var signUp = await Factory.AddSignUpAsync(s => s.Channel = "terminal");
        await using (var db = Factory.Db())
        {
            var at = Factory.Time.GetUtcNow().AddDays(-2);
            db.ConversationMessages.AddRange(
                new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "out", Text = "Ketik *NIK* Anda \u2705", At = at },
                new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "in", Text = "oke \U0001F44D", At = at.AddMinutes(1) },
                new ConversationMessage { Channel = signUp.Channel, ChatId = signUp.ChatId, Direction = "in", Text = "besoknya", At = at.AddDays(1) });
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignedInAsync("rina");
        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));

        int At(string text) => html.IndexOf(text, StringComparison.Ordinal) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"missing: {text}");
        Assert.True(At("Pemeriksaan otomatis: ") < At("<h2>Jawaban</h2>"));
        Assert.True(At("<h2>Jawaban</h2>") < At("<h2 id=\"pemeriksaan\">"));
        Assert.True(At("<h2 id=\"pemeriksaan\">") < At("<h2 id=\"keputusan\">"));
        Assert.True(At("<h2 id=\"keputusan\">") < At("name=\"kpj\""));
        Assert.True(At("name=\"kpj\"") < At("<h2>Percakapan</h2>"));
        Assert.Contains("<details class=\"transkrip\">", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<h3 class=\"hari\">"));
        Assert.Contains("Ketik <strong>NIK</strong> Anda \u2705", html, StringComparison.Ordinal);
        Assert.Contains("oke &#128077;", html, StringComparison.Ordinal);
        Assert.Contains("Uji coba oleh operator (bukan dari pekerja)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dd>terminal</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"data-salin=\"{signUp.Nik}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-salin=\"081200000001\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_LinksEveryDuplicateWithItsName_AndShowsWhatTheWorkerWasToldToPay()
    {
        var first = await Factory.AddSignUpAsync(s => s.FullName = "Siti Aminah");
        var second = await Factory.AddSignUpAsync(s => { s.Phone = first.Phone; s.PaymentPeriodMonths = 3; });
        using var client = await Factory.SignedInAsync("rina");

        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{second.Id}", UriKind.Relative));

        Assert.Contains($"<a href=\"/petugas/pendaftaran/{first.Id}\">{first.Reference}</a> <span>Siti Aminah (Menunggu)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Iuran yang disampaikan kepada pekerja", html, StringComparison.Ordinal);
        Assert.Contains("sekali bayar 3 bulan Rp", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_GoesToTheNextCaseOfTheQueue_AndAcceptsAGroupedKpj()
    {
        var first = await Factory.AddSignUpAsync();
        var next = await Factory.AddSignUpAsync();
        using var client = await Factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(client, $"/petugas/pendaftaran/{first.Id}",
            new() { ["kpj"] = "2601 234 5678", ["konfirmasi"] = "true" }, $"/petugas/pendaftaran/{first.Id}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/petugas/pendaftaran/{next.Id}", response.Headers.Location?.OriginalString);
        var landed = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("disetujui dengan KPJ 26012345678", landed, StringComparison.Ordinal);
        await using var db = Factory.Db();
        Assert.Equal(("26012345678", SignUpStatus.Approved), (db.SignUps.Single(s => s.Id == first.Id).Kpj, db.SignUps.Single(s => s.Id == first.Id).Status));
    }
}
