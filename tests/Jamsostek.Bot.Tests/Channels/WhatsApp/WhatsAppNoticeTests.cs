using System.Text.Json;
using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// Reminders and officers' decisions for a WhatsApp member whose 24-hour window has closed: written by the real
/// planner and decisions, they go as their templates with the member's values (the decision's text follows once the
/// person answers); the values are stored encrypted and erased with the chat's data.
/// </summary>
public sealed class WhatsAppNoticeTests
{
    private const string Name = "Siti Aminah";
    private static readonly OfficerScope Rina = new("rina", false, ["63.06"]);
    private static readonly Dictionary<string, string?> Templates = new()
    {
        ["WhatsApp:Templates:reminder"] = "pengingat_iuran",
        ["WhatsApp:Templates:decision"] = "keputusan_pendaftaran",
    };

    [Fact]
    public async Task Reminder_GoesAsItsTemplateWithTheMembersValues_WhenOutsideTheWindow()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 30);
        await AddMemberAsync(world);

        // 12 May 2026, 09:00 WITA: the May contribution (due 15 May) is three days away.
        var planned = Assert.Single(await world.Bot.Services.GetRequiredService<ReminderPlanner>().PlanAsync(world.Time.GetUtcNow()));
        await world.PassAsync();

        var sent = Assert.Single(world.Api.Messages);
        Assert.Equal("template:pengingat_iuran", FakeGraphApiServer.TextOf(sent));
        Assert.Equal(
            [Name, "12345678901", IndonesianFormat.Month(planned.ContributionMonth), IndonesianFormat.Money(planned.Amount), IndonesianFormat.Date(planned.DueDate)],
            Parameters(sent));
        Assert.NotNull((await world.RowAsync()).SentAt);
    }

    [Fact]
    public async Task Reminder_GoesAsText_WhenInsideTheWindow()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 2);
        await AddMemberAsync(world);

        Assert.Single(await world.Bot.Services.GetRequiredService<ReminderPlanner>().PlanAsync(world.Time.GetUtcNow()));
        await world.PassAsync();

        Assert.Contains("12345678901", FakeGraphApiServer.TextOf(Assert.Single(world.Api.Messages)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_IsAnnouncedByItsTemplate_ThenSentInFullWhenThePersonAnswers()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 30);
        var signUp = await AddSignUpAsync(world);

        Assert.True((await Decisions(world).ApproveAsync(signUp.Id, "12345678901", Rina)).Succeeded);
        await world.PassAsync();
        await world.PassAsync();

        var announced = Assert.Single(world.Api.Messages);
        Assert.Equal("template:keputusan_pendaftaran", FakeGraphApiServer.TextOf(announced));
        Assert.Equal([Name, "12345678901"], Parameters(announced));
        var waiting = await world.RowAsync();
        Assert.True(waiting.AwaitingInbound);
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.NoticeParametersJson); // done with once announced

        await world.Bot.PostAsync(WhatsAppTestWebhooks.Text("halo", "wamid.balas1"));
        await Eventually.TrueAsync(
            async () =>
            {
                await world.PassAsync();
                return world.Api.Messages.Any(m => FakeGraphApiServer.TextOf(m).Contains("Iuran Anda", StringComparison.Ordinal));
            },
            "the approval's two messages, after the person answered");
        var texts = world.Api.Messages.Skip(1).Select(FakeGraphApiServer.TextOf).ToList();
        Assert.StartsWith("✅ Pendaftaran " + Name, texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Iuran Anda", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejection_IsAnnouncedWithTheReference_WhenOutsideTheWindow()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 30);
        var signUp = await AddSignUpAsync(world);

        Assert.True((await Decisions(world).RejectAsync(signUp.Id, "lainnya", "Foto KTP buram", Rina)).Succeeded);
        await world.PassAsync();

        var sent = Assert.Single(world.Api.Messages);
        Assert.Equal("template:keputusan_pendaftaran", FakeGraphApiServer.TextOf(sent));
        Assert.Equal([Name, signUp.Reference], Parameters(sent));
    }

    [Fact]
    public async Task NoticeValues_AreStoredEncryptedAndErasedWithTheChatsData()
    {
        await using var world = await WhatsAppWorld.StartAsync(Templates);
        await world.PersonWroteAsync(hoursAgo: 30);
        var signUp = await AddSignUpAsync(world);
        await Decisions(world).RejectAsync(signUp.Id, "lainnya", "Foto KTP buram", Rina);

        await using (var db = world.Db())
        {
            var stored = await db.Database.SqlQueryRaw<string>("SELECT \"NoticeParametersJson\" AS \"Value\" FROM \"OutboxMessages\"").SingleAsync();
            Assert.StartsWith("enc:", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("Siti", stored, StringComparison.Ordinal);
            Assert.Contains(Name, (await db.OutboxMessages.SingleAsync()).NoticeParametersJson, StringComparison.Ordinal);
        }

        await using (var db = world.Db())
        {
            var participant = await db.Participants.SingleAsync();
            await PersonalDataEraser.EraseAsync(db, participant, "wa:" + WhatsAppBotHost.Person, world.Time.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = world.Db();
        Assert.Null((await check.OutboxMessages.SingleAsync()).NoticeParametersJson);
    }

    private static SignUpDecisions Decisions(WhatsAppWorld world) => world.Bot.Services.GetRequiredService<SignUpDecisions>();

    private static IEnumerable<string?> Parameters(JsonElement message) =>
        message.GetProperty("template").GetProperty("components")[0].GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("text").GetString());

    private static async Task<SignUp> AddSignUpAsync(WhatsAppWorld world)
    {
        var signUp = SignUpSeed.Make(1, world.Time.GetUtcNow().AddDays(-2));
        signUp.FullName = Name;
        signUp.Channel = WhatsAppChannel.Name;
        signUp.ChatId = WhatsAppBotHost.Person;
        await using var db = world.Db();
        db.SignUps.Add(signUp);
        await db.SaveChangesAsync();
        return signUp;
    }

    private static async Task AddMemberAsync(WhatsAppWorld world)
    {
        await using var db = world.Db();
        db.Members.Add(new Member
        {
            SignUpId = 1,
            Kpj = "12345678901",
            Nik = "6306055208900001",
            FullName = Name,
            RegencyCode = "63.06",
            VillageCode = "63.06.05.2001",
            Programs = "JKK,JKM",
            PaymentPeriodMonths = 1,
            MonthlyIncome = 1_000_000m,
            Occupation = "pedagang",
            FirstContributionMonth = new DateOnly(2026, 5, 1),
            TimeZone = WorkerZone.Of("63.06").IanaId,
            Channel = WhatsAppChannel.Name,
            ChatId = WhatsAppBotHost.Person,
            CreatedAt = world.Time.GetUtcNow().AddDays(-20),
        });
        await db.SaveChangesAsync();
    }
}
