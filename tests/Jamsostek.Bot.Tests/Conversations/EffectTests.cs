using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Tests.Conversations;

/// <summary>TurnProcessor applying each kind of <see cref="DialogEffect"/>.</summary>
public sealed class EffectTests
{
    private static FakeEngine EngineOf(Func<TurnContext, string, DialogEffect?> effectFor) =>
        new((state, input, context) => effectFor(context, input.Text ?? string.Empty) is { } effect
            ? new TurnResult(state with { FlowId = "f", StepId = "s" }, [Reply.Plain("ok")], [effect])
            : new TurnResult(state, [], []));

    [Fact]
    public async Task ProcessAsync_StoresPendingSignUpAndAudit_WhenSubmitSignUp()
    {
        ExistingSignUp? found = null;
        var engine = new FakeEngine((state, input, context) =>
        {
            found = context.Lookups.FindActiveSignUp(Answers.Nik);
            return input.Text == "kirim"
                ? new TurnResult(state, [], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(), "kampanye-hss")])
                : new TurnResult(state, [], []);
        });
        await using var fixture = await TurnFixture.StartAsync(engine);

        await fixture.SendAsync("kirim");
        await fixture.SendAsync("cek");

        await using var db = fixture.Db();
        var s = await db.SignUps.SingleAsync();
        Assert.Equal(SignUpStatus.Pending, s.Status);
        Assert.Matches("^BPU-", s.Reference);
        Assert.Equal((Answers.Nik, "Siti Aminah", new DateOnly(1990, 8, 12), "P"), (s.Nik, s.FullName, s.BirthDate, s.Sex));
        Assert.Equal(("63.06", "63.06.05", "63.06.05.2001"), (s.RegencyCode, s.DistrictCode, s.VillageCode));
        Assert.Equal((2_500_000m, 2_600_000m, 68_400m, 3), (s.MonthlyIncome, s.IncomeBase, s.MonthlyContribution, s.PaymentPeriodMonths));
        Assert.Equal(("JKK,JKM,JHT", "Budi Santoso", "suami", "kampanye-hss"), (s.Programs, s.HeirName, s.HeirRelationship, s.Source));
        Assert.Equal(("terminal", "chat-1", fixture.Time.GetUtcNow()), (s.Channel, s.ChatId, s.CreatedAt));
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("submitted", "SignUp", s.Reference, "terminal:chat-1"), (audit.Action, audit.EntityType, audit.EntityId, audit.Actor));
        Assert.DoesNotContain(Answers.Nik, audit.AfterJson!, StringComparison.Ordinal);
        Assert.Equal("+6281251234567", (await db.Participants.SingleAsync()).Phone);
        Assert.NotNull(found);
        Assert.Equal((s.Reference, SignUpStatus.Pending), (found.Reference, found.Status));
    }

    [Fact]
    public async Task ProcessAsync_RefusesSecondLiveSignUpForOneNik_WhenAnotherChatSubmits()
    {
        var engine = new FakeEngine((state, _, context) =>
            new TurnResult(state, [Reply.Plain("Terkirim")], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null)]));
        await using var fixture = await TurnFixture.StartAsync(engine);

        var first = await fixture.SendAsync("kirim", chatId: "a");
        var second = await fixture.SendAsync("kirim", chatId: "b");

        Assert.Equal(TurnStatus.Handled, first.Status);
        Assert.Equal(TurnStatus.Failed, second.Status);
        await using var db = fixture.Db();
        Assert.Equal("a", (await db.SignUps.SingleAsync()).ChatId);
        Assert.Equal(TurnProcessor.MaxAttempts + 1, engine.Calls);
    }

    [Fact]
    public async Task ProcessAsync_OpensHandoff_WhenHandoffRequested()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((_, text) => new HandoffRequestedEffect(text)));

        await fixture.SendAsync("Bagaimana kalau saya pindah kota?");

        await using var db = fixture.Db();
        var handoff = await db.HandoffRequests.SingleAsync();
        Assert.Equal(("terminal", "chat-1", "Bagaimana kalau saya pindah kota?", null), (handoff.Channel, handoff.ChatId, handoff.Question, handoff.ClosedAt));
    }

    [Fact]
    public async Task ProcessAsync_TurnsRemindersOff_WhenStopReminders()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((_, text) => text == "berhenti" ? new StopRemindersEffect() : null));

        await fixture.SendAsync("halo");
        await fixture.SendAsync("berhenti");

        await using var db = fixture.Db();
        Assert.False((await db.Participants.SingleAsync()).RemindersOptIn);
    }

    [Fact]
    public async Task ProcessAsync_TurnsTheChatsMemberRemindersOffAndOn_AndRecordsAClaim_WhenStopStartAndClaimPayment()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((_, text) => text switch
        {
            "berhenti" => new StopRemindersEffect(),
            "mulai pengingat" => new StartRemindersEffect(),
            "sudah bayar" => new ClaimPaymentEffect(),
            _ => null,
        }));
        await fixture.SendAsync("halo");
        await using (var seed = fixture.Db())
        {
            seed.Members.Add(new Jamsostek.Bot.Members.Member
            {
                SignUpId = 1, Kpj = "12345678901", Nik = "6306055208900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM", Occupation = "pedagang", TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = "chat-1",
                FirstContributionMonth = new DateOnly(2026, 4, 1), PaidThrough = new DateOnly(2026, 4, 1),
            });
            await seed.SaveChangesAsync();
        }

        await fixture.SendAsync("berhenti");
        await using (var off = fixture.Db())
        {
            Assert.False((await off.Members.SingleAsync()).RemindersOn);
        }

        await fixture.SendAsync("mulai pengingat");
        await using var on = fixture.Db();
        Assert.True((await on.Members.SingleAsync()).RemindersOn);
        Assert.True((await on.Participants.SingleAsync()).RemindersOptIn);

        await fixture.SendAsync("sudah bayar");
        await using var claimed = fixture.Db();
        var claim = await claimed.PaymentClaims.SingleAsync();
        Assert.Equal((new DateOnly(2026, 5, 1), (DateTimeOffset?)null), (claim.ContributionMonth, claim.ClosedAt));
    }

    [Fact]
    public async Task ProcessAsync_KeepsOneOpenClaimAndRestartsItsPause_WhenTheWorkerSaysSudahBayarAgain()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((_, text) => text == "sudah bayar" ? new ClaimPaymentEffect() : null));
        await fixture.SendAsync("halo");
        await using (var seed = fixture.Db())
        {
            seed.Members.Add(new Jamsostek.Bot.Members.Member
            {
                SignUpId = 1, Kpj = "12345678901", Nik = "6306055208900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM", Occupation = "pedagang", TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = "chat-1",
                FirstContributionMonth = new DateOnly(2026, 4, 1),
            });
            await seed.SaveChangesAsync();
        }

        await fixture.SendAsync("sudah bayar");
        fixture.Time.Advance(TimeSpan.FromDays(2));
        await fixture.SendAsync("sudah bayar");

        await using var db = fixture.Db();
        var claim = await db.PaymentClaims.SingleAsync();
        Assert.Equal((new DateOnly(2026, 4, 1), fixture.Time.GetUtcNow()), (claim.ContributionMonth, claim.ClaimedAt));
    }

    [Fact]
    public async Task ProcessAsync_GivesTheEngineTheRemindersSettings_ForTheClaimReply()
    {
        ReminderSettingsView? seen = null;
        var engine = new FakeEngine((state, _, context) =>
        {
            seen = context.Lookups.ReminderSettings;
            return new TurnResult(state, [], []);
        });
        await using var fixture = await TurnFixture.StartAsync(engine, services => services.Configure<Jamsostek.Bot.Reminders.RemindersOptions>(o =>
        {
            o.ClaimPauseDays = 10;
            o.WindowStartHour = 7;
        }));

        await fixture.SendAsync("sudah bayar");

        Assert.Equal(new ReminderSettingsView(10, 7, 20), seen);
    }

    [Fact]
    public async Task ProcessAsync_ErasesUnapprovedSignUps_WhenDeletePersonalData()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((context, text) => text switch
        {
            "kirim" => new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null),
            "hapus" => new DeletePersonalDataEffect(),
            _ => null,
        }));
        await fixture.SendAsync("kirim");

        await fixture.SendAsync("hapus");

        await using var db = fixture.Db();
        var s = await db.SignUps.SingleAsync();
        Assert.Equal(SignUpStatus.Withdrawn, s.Status);
        Assert.All(new[] { s.Nik, s.FullName, s.Address, s.Phone, s.HeirName, s.HeirRelationship }, v => Assert.Equal(EffectApplier.Erased, v));
        Assert.Equal(default, s.BirthDate);
        Assert.Null((await db.Participants.SingleAsync()).Phone);
        Assert.Equal(["submitted", "personal-data-erased", "chat-data-erased"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ProcessAsync_ErasesTranscriptOutboxAndAuditValues_WhenDeletePersonalData()
    {
        var engine = new FakeEngine((state, input, context) => input.Text switch
        {
            "kirim" => new TurnResult(state, [Reply.Plain($"Ringkasan: NIK {Answers.Nik}, Siti Aminah")], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null)]),
            "hapus" => new TurnResult(state, [Reply.Plain("Selesai")], [new DeletePersonalDataEffect()]),
            _ => new TurnResult(state, [], []),
        });
        await using var fixture = await TurnFixture.StartAsync(engine);
        await fixture.SendAsync($"NIK saya {Answers.Nik}");
        await fixture.SendAsync("kirim");
        await using (var seed = fixture.Db())
        {
            // A snapshot with the values in it, as a resubmission's before/after may hold them (full or masked).
            var reference = (await seed.SignUps.SingleAsync()).Reference;
            seed.AuditEntries.Add(new Jamsostek.Bot.Audit.AuditEntry
            {
                At = fixture.Time.GetUtcNow(), Actor = "terminal:chat-1", Action = "resubmitted", EntityType = "SignUp", EntityId = reference,
                BeforeJson = $"{{\"nik\":\"{Answers.Nik}\",\"fullName\":\"Siti Aminah\"}}",
                AfterJson = $"{{\"nik\":\"{PersonalData.MaskNik(Answers.Nik)}\",\"phone\":\"+6281251234567\"}}",
            });
            await seed.SaveChangesAsync();
        }

        await fixture.SendAsync("hapus");

        await using var db = fixture.Db();
        var texts = await db.ConversationMessages.Select(m => m.Text).ToListAsync();
        Assert.Equal(["hapus", "Selesai"], texts);
        var outbox = await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).ToListAsync();
        Assert.Equal([EffectApplier.Erased, "Selesai"], outbox);
        // A reply still waiting when the data was erased is given up, never sent as "[dihapus]".
        Assert.All((await db.OutboxMessages.ToListAsync()).Where(m => m.Text == EffectApplier.Erased), m => Assert.True(m.SentAt is not null || m.AbandonedAt is not null));
        var audit = string.Join("\n", (await db.AuditEntries.ToListAsync()).Select(a => (a.BeforeJson ?? "") + (a.AfterJson ?? ""))); // encrypted: joined in memory
        Assert.DoesNotContain(Answers.Nik, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(PersonalData.MaskNik(Answers.Nik), audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Siti Aminah", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("6281251234567", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_KeepsApprovedSignUpAndAudits_WhenDeletePersonalData()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((context, text) => text switch
        {
            "kirim" => new SubmitSignUpEffect(context.NewReference, Answers.Complete(), null),
            "hapus" => new DeletePersonalDataEffect(),
            _ => null,
        }));
        await fixture.SendAsync("kirim");
        await using (var seed = fixture.Db())
        {
            var approved = await seed.SignUps.SingleAsync();
            approved.Status = SignUpStatus.Approved;
            await seed.SaveChangesAsync();
        }

        await fixture.SendAsync("hapus");

        await using var db = fixture.Db();
        var s = await db.SignUps.SingleAsync();
        Assert.Equal((SignUpStatus.Approved, Answers.Nik, "Siti Aminah"), (s.Status, s.Nik, s.FullName));
        Assert.Equal(["submitted", "chat-data-erased"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task ProcessAsync_AuditsErasure_WhenChatHasNoSignUp()
    {
        await using var fixture = await TurnFixture.StartAsync(EngineOf((_, text) => text == "hapus" ? new DeletePersonalDataEffect() : null));
        await fixture.SendAsync("halo");

        await fixture.SendAsync("hapus");

        await using var db = fixture.Db();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal(("chat-data-erased", "Conversation", "terminal:chat-1"), (audit.Action, audit.EntityType, audit.EntityId));
        Assert.Equal(2, await db.ConversationMessages.CountAsync()); // only this turn's "hapus" and "ok"
    }
}
