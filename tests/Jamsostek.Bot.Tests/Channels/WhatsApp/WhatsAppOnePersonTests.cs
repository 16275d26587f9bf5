using Jamsostek.Bot.Channels.WhatsApp;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// One person, two apps, as transcripts: on WhatsApp the phone question only asks to confirm the sender's number; a
/// worker who registered on Telegram is recognised on WhatsApp after the last 4 digits of their NIK (nothing of the
/// sign-up shown before, 3 wrong answers lock the check), then sees their status there, and the officer's decision
/// and the reminders go to the app they used last.
/// </summary>
public sealed class WhatsAppOnePersonTests
{
    private const string Name = "Siti Aminah";
    private static readonly OfficerScope Rina = new("rina", false, ["63.06"]);

    [Fact]
    public async Task PhoneStep_AsksOnlyToConfirmTheSendersNumber_OnWhatsApp()
    {
        await using var world = await WhatsAppWorld.StartAsync();
        var answers = WhatsAppRegistrationTests.Answers;
        var phoneStep = Array.IndexOf(answers, "0812-3456-7890");
        foreach (var answer in answers[..phoneStep])
        {
            await world.SayAsync(answer);
        }

        var question = world.Api.Messages[^1];
        Assert.Equal("interactive", FakeGraphApiServer.TypeOf(question));
        Assert.Contains("Nomor WhatsApp ini 0812-3456-7890", FakeGraphApiServer.TextOf(question), StringComparison.Ordinal);
        var button = question.GetProperty("interactive").GetProperty("action").GetProperty("buttons")[0].GetProperty("reply");
        Assert.Equal(("wa:nomor-ini", "Pakai nomor ini"), (button.GetProperty("id").GetString(), button.GetProperty("title").GetString()));

        await world.PressOwnNumberAsync();
        foreach (var answer in answers[(phoneStep + 1)..])
        {
            await world.SayAsync(answer);
        }

        await using var db = world.Db();
        var signUp = await db.SignUps.SingleAsync();
        Assert.Equal(("+6281234567890", SignUpStatus.Pending), (signUp.Phone, signUp.Status));
    }

    [Fact]
    public async Task TelegramRegistrant_IsRecognisedAfterTheLastFourNikDigits_AndGetsTheDecisionAndRemindersOnWhatsApp()
    {
        await using var world = await WhatsAppWorld.StartAsync();
        var signUp = await AddTelegramSignUpAsync(world);

        var asked = await world.SayAsync("status pendaftaran saya?");
        Assert.Equal("Nomor WhatsApp ini tercatat pada pendaftaran lewat Telegram. Untuk memastikan itu Anda, ketik 4 angka terakhir NIK Anda.", Assert.Single(asked));

        Assert.StartsWith("Angka tidak cocok. Silakan coba lagi (2 kali lagi)", Assert.Single(await world.SayAsync("1234")), StringComparison.Ordinal);
        Assert.StartsWith("Terima kasih, data cocok.", Assert.Single(await world.SayAsync("0003")), StringComparison.Ordinal);
        Assert.Contains(signUp.Reference, string.Join('\n', await world.SayAsync("status")), StringComparison.Ordinal);

        // Nothing of the sign-up was said before the match.
        Assert.All(asked.Concat([FakeGraphApiServer.TextOf(world.Api.Messages[1])]), t => Assert.DoesNotContain(signUp.Reference, t, StringComparison.Ordinal));
        Assert.All(world.Api.Messages.Take(2).Select(FakeGraphApiServer.TextOf), t => Assert.DoesNotContain(Name, t, StringComparison.Ordinal));

        Assert.True((await world.Bot.Services.GetRequiredService<SignUpDecisions>().ApproveAsync(signUp.Id, "12345678901", Rina)).Succeeded);
        var planned = await world.Bot.Services.GetRequiredService<ReminderPlanner>().PlanAsync(world.Time.GetUtcNow());
        Assert.NotEmpty(planned);

        await using var db = world.Db();
        var notices = await db.OutboxMessages.Where(m => m.TurnMessageId == null).Select(m => m.Channel + ":" + m.ChatId).Distinct().ToListAsync();
        Assert.Equal(["whatsapp:" + WhatsAppBotHost.Person], notices);
    }

    [Fact]
    public async Task LinkCheck_LocksAfterThreeWrongAnswersThenAllowsOneADay_AndTheRightDigitsWhileLockedLinkNothing()
    {
        await using var world = await WhatsAppWorld.StartAsync();
        await AddTelegramSignUpAsync(world);

        await world.SayAsync("saya daftar lewat telegram");
        await world.SayAsync("1111");
        await world.SayAsync("2222");
        Assert.StartsWith("Angka tidak cocok. Demi keamanan data Anda", Assert.Single(await world.SayAsync("3333")), StringComparison.Ordinal);
        await world.SayAsync("0003");
        Assert.StartsWith("Angka tidak cocok. Demi keamanan data Anda", Assert.Single(await world.SayAsync("status")), StringComparison.Ordinal);

        // A day later one more try, and a wrong one locks it again at once.
        world.Time.Advance(TimeSpan.FromHours(25));
        Assert.StartsWith("Nomor WhatsApp ini tercatat", Assert.Single(await world.SayAsync("status")), StringComparison.Ordinal);
        Assert.StartsWith("Angka tidak cocok. Demi keamanan data Anda", Assert.Single(await world.SayAsync("4444")), StringComparison.Ordinal);

        await using var db = world.Db();
        Assert.False(await db.SignUpChats.AnyAsync(c => c.ConfirmedAt != null));
        Assert.Equal(4, (await db.SignUpChats.SingleAsync()).Attempts);
    }

    private static async Task<SignUp> AddTelegramSignUpAsync(WhatsAppWorld world)
    {
        var signUp = SignUpSeed.Make(3, world.Time.GetUtcNow().AddDays(-2)); // NIK …0003, Telegram chat "chat-3"
        signUp.FullName = Name;
        signUp.Phone = "+" + WhatsAppBotHost.Person;
        await using var db = world.Db();
        db.SignUps.Add(signUp);
        await db.SaveChangesAsync();
        return signUp;
    }
}
