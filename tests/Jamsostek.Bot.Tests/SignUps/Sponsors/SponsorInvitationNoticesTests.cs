using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>
/// The invitation pass on a real database: who gets the invitation on which chat, the two reminders at most, only in the
/// daytime of the worker's zone (HSS: WITA), and nothing after consent, after <c>berhenti</c> or without a chat.
/// </summary>
public sealed class SponsorInvitationNoticesTests : IAsyncLifetime
{
    private readonly TempDatabase temp = new();
    private readonly FakeTimeProvider time = new(At(11, 9)); // Monday 11 May 2026, 09:00 WITA
    private Microsoft.Extensions.Hosting.IHost host = null!;
    private SponsorInvitationNotices notices = null!;

    public async Task InitializeAsync()
    {
        host = await BotServices.StartAsync(temp.DbPath);
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        notices = new SponsorInvitationNotices(dbFactory, SponsorInvitationTexts.Load(new DialogsOptions().ResolvePath()),
            Options.Create(new SponsorInvitationOptions { BotUsername = "@JamsostekBot" }), Options.Create(new RemindersOptions()),
            [new Named(ChannelNames.Telegram), new Named(ChannelNames.WhatsApp)], new OutboxSignal(), time);

        await using var db = dbFactory.CreateDbContext();
        var sponsor = new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" };
        db.Sponsors.Add(sponsor);
        await db.SaveChangesAsync();
        // A chatted before from Telegram (a rejected sign-up with the listed phone); B and E have only a number; C none.
        var earlier = SignUpSeed.Make(1, time.GetUtcNow().AddDays(-30));
        (earlier.Status, earlier.Phone, earlier.Channel, earlier.ChatId) = (SignUpStatus.Rejected, "+6281200000001", ChannelNames.Telegram, "111");
        db.SignUps.Add(earlier);
        foreach (var (code, phone) in new[] { ("u_a", "+6281200000001"), ("u_b", "+6281200000002"), ("u_c", null), ("u_e", "+6281200000005") })
        {
            db.SponsorInvitations.Add(new SponsorInvitation
            {
                SponsorId = sponsor.Id, Code = code, Nik = "630601010190" + code[^1], FullName = "Warga " + code[^1..].ToUpperInvariant(), Phone = phone,
                RegencyCode = "63.06", VillageCode = "63.06.01.2001", Occupation = "pekerja rentan", CreatedAt = time.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task RunAsync_InvitesThenRemindsAtMostTwice_InDaytimeOnly_StoppingAfterConsentOrBerhenti()
    {
        Assert.Equal(3, await notices.RunAsync());
        var sent = await OutboxAsync();
        Assert.Equal(["telegram:111", "whatsapp:6281200000002", "whatsapp:6281200000005"], sent.Select(m => $"{m.Channel}:{m.ChatId}"));
        Assert.All(sent, m => Assert.Equal(SponsorInvitationNotices.NoticeKind, m.NoticeKind));
        Assert.Contains("https://t.me/JamsostekBot?start=u_a", sent[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Halo, Bapak/Ibu Warga A. Pemkab HSS 2026 mendaftarkan Anda", sent[0].Text, StringComparison.Ordinal);
        Assert.Equal("""{"nama":"Warga B","sponsor":"Pemkab HSS 2026","tautan":"https://t.me/JamsostekBot?start=u_b"}""", sent[1].NoticeParametersJson);
        Assert.All(sent, m => Assert.DoesNotContain("Rp", m.Text, StringComparison.Ordinal)); // the sponsor pays: no price
        Assert.Equal(0, await notices.RunAsync()); // a second pass at the same moment adds nothing

        time.SetUtcNow(At(14, 22)); // three days later, but 22:00 WITA
        Assert.Equal(0, await notices.RunAsync());
        time.SetUtcNow(At(15, 8));
        Assert.Equal(3, await notices.RunAsync());
        Assert.All((await OutboxAsync()).Skip(3), m => Assert.StartsWith("Bapak/Ibu Warga", m.Text, StringComparison.Ordinal));

        await using (var db = Db())
        {
            (await db.SponsorInvitations.SingleAsync(i => i.Code == "u_a")).Status = SponsorInvitationStatus.Consented;
            db.Participants.Add(new Participant { Channel = ChannelNames.WhatsApp, ChatId = "6281200000005", RemindersOptIn = false, CreatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        time.SetUtcNow(At(19, 10));
        Assert.Equal(1, await notices.RunAsync()); // B's second reminder only
        time.SetUtcNow(At(23, 10));
        Assert.Equal(0, await notices.RunAsync()); // two reminders at most

        await using (var db = Db())
        {
            var counts = await db.SponsorInvitations.OrderBy(i => i.Code).Select(i => new { i.Code, i.RemindersSent, i.Channel }).ToListAsync();
            Assert.Equal("u_a:1:telegram u_b:2:whatsapp u_c:0: u_e:1:whatsapp", string.Join(' ', counts.Select(c => $"{c.Code}:{c.RemindersSent}:{c.Channel}")));
        }
    }

    [Fact]
    public async Task RunAsync_RemindsTheChatThatOpenedAPrintedLink_FromTheDayItWasOpened()
    {
        Assert.Equal(3, await notices.RunAsync()); // C has no chat: only on the printable list
        await using (var db = Db())
        {
            db.Conversations.Add(new Conversation { Channel = ChannelNames.Telegram, ChatId = "333", Source = "u_c", UpdatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        time.SetUtcNow(At(12, 9));
        Assert.Equal(0, await notices.RunAsync()); // found, not written to at once: they read the invitation when they opened it
        time.SetUtcNow(At(15, 9));
        await notices.RunAsync();
        var reminder = Assert.Single(await OutboxAsync(), m => m.ChatId == "333");
        Assert.Contains("https://t.me/JamsostekBot?start=u_c", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LooksForAPrintedRowsChatOnlyAfterTheLookAgainTime_WhenItHasNone()
    {
        await notices.RunAsync();
        await using (var db = Db())
        {
            Assert.Equal(At(11, 15), (await db.SponsorInvitations.SingleAsync(i => i.Code == "u_c")).NextLookAt); // 6 hours on (default)
            db.Conversations.Add(new Conversation { Channel = ChannelNames.Telegram, ChatId = "333", Source = "u_c", UpdatedAt = time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        time.SetUtcNow(At(11, 14));
        await notices.RunAsync();
        Assert.Null(await ChannelOfAsync("u_c")); // not read again before its time
        time.SetUtcNow(At(11, 15));
        await notices.RunAsync();
        Assert.Equal(ChannelNames.Telegram, await ChannelOfAsync("u_c"));
    }

    private async Task<string?> ChannelOfAsync(string code)
    {
        await using var db = Db();
        return (await db.SponsorInvitations.AsNoTracking().SingleAsync(i => i.Code == code)).Channel;
    }

    private static DateTimeOffset At(int day, int witaHour) => new(2026, 5, day, witaHour, 0, 0, TimeSpan.FromHours(8));

    private BotDbContext Db() => host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    private async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    private sealed class Named(string channel) : IOutboxRenderer
    {
        public string Channel => channel;

        public Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
