using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>The sign-up page shows the messages the worker never got, with the channel's reason in plain Indonesian.</summary>
public sealed class UndeliveredMessagesPageTests() : OfficerConsoleTest(withAdmin: false)
{
    [Fact]
    public async Task Detail_ShowsWhatsAppRefusalWithItsMeaning_WhenTheDecisionNoticeWasRefused()
    {
        var signUp = await Factory.AddSignUpAsync(s => { s.Channel = "whatsapp"; s.ChatId = "6281234567890"; });
        var other = await Factory.AddSignUpAsync();
        await using (var db = Factory.Db())
        {
            var now = Factory.Time.GetUtcNow();
            db.OutboxMessages.Add(Row(signUp.Channel, signUp.ChatId, "Pendaftaran Anda disetujui.", now, "WhatsApp 131026: Message undeliverable"));
            db.OutboxMessages.Add(Row(signUp.Channel, signUp.ChatId, "Terkirim.", now, null));
            db.OutboxMessages.Add(Row(other.Channel, other.ChatId, "Untuk orang lain.", now, "Forbidden: bot was blocked by the user"));
            await db.SaveChangesAsync();
        }

        using var client = await Factory.SignedInAsync("rina");
        var html = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));
        var clean = await client.GetStringAsync(new Uri($"/petugas/pendaftaran/{other.Id}", UriKind.Relative));

        var section = html[html.IndexOf("id=\"tidak-terkirim\"", StringComparison.Ordinal)..html.IndexOf("<h2>Percakapan", StringComparison.Ordinal)];
        Assert.Contains("WhatsApp 131026: Message undeliverable", section, StringComparison.Ordinal);
        Assert.Contains("tidak dapat menerima pesan WhatsApp", section, StringComparison.Ordinal);
        Assert.Contains("Pemberitahuan", section, StringComparison.Ordinal);
        Assert.DoesNotContain("blocked", section, StringComparison.Ordinal);
        Assert.Contains("Pekerja memblokir bot", clean, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WhatsApp 131026: Message undeliverable", "tidak dapat menerima pesan WhatsApp")]
    [InlineData("WhatsApp 131048: Spam rate limit hit", "diblokir atau dilaporkan sebagai spam")]
    [InlineData("WhatsApp 131051: Unsupported message type", "tidak didukung WhatsApp")]
    [InlineData("WhatsApp 131047: Re-engagement message", "lebih dari 24 jam")]
    [InlineData("Forbidden: bot was blocked by the user", "memblokir bot")]
    [InlineData("HTTP 400", "tidak akan mencoba lagi")]
    public void Explain_SaysWhatTheCodeMeans_ForTheCommonRefusals(string reason, string meaning) =>
        Assert.Contains(meaning, UndeliveredMessages.Explain(reason), StringComparison.OrdinalIgnoreCase);

    private static OutboxMessage Row(string channel, string chatId, string text, DateTimeOffset now, string? refusal) => new()
    {
        Channel = channel,
        ChatId = chatId,
        Text = text,
        CreatedAt = now,
        SentAt = refusal is null ? now : null,
        AbandonedAt = refusal is null ? null : now,
        LastError = refusal,
    };
}
