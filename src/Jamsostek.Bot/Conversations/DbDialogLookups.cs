using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.Conversations;

/// <summary>The engine's read-only questions for one chat, answered before the turn's write (on a context that does not track).</summary>
internal sealed class DbDialogLookups(BotDbContext db, string channel, string chatId, Jamsostek.Bpu.ContributionSchedule? schedule = null, DateTimeOffset? now = null, ReminderSettingsView? reminderSettings = null) : IDialogLookups
{
    public ReminderSettingsView ReminderSettings { get; } = reminderSettings ?? ReminderSettingsView.Default;

    private readonly Dictionary<string, SponsorTerms?> _sponsors = new(StringComparer.Ordinal);

    // A family's sign-ups fit one message; a chat that registers a whole village is helped by an officer instead.
    private const int MaxListed = 6;

    public ExistingSignUp? FindActiveSignUp(string nik)
    {
        // The branch is taken here, not inside the query: EF compiles a conditional over a captured value into a new
        // delegate on every execution (issue 12 round 6's profile), and this runs at the NIK step and at every submit.
        var hash = db.Cipher?.Hash(nik);
        var byNik = hash is null ? db.SignUps.Where(s => s.Nik == nik) : db.SignUps.Where(s => s.NikHash == hash);
        return ToExisting(byNik
            .Where(s => s.Status == SignUpStatus.Pending || s.Status == SignUpStatus.Approved)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefault());
    }

    public ExistingSignUp? FindLatestSignUpOfChat() => ToExisting(LatestOfChat());

    // Also the sign-ups this chat was confirmed for from another app (SignUps/Chats: the last 4 NIK digits typed).
    public IReadOnlyList<ExistingSignUp> FindSignUpsOfChat() => db.SignUps
        .Where(s => (s.Channel == channel && s.ChatId == chatId && (s.AgentId == null || s.ConfirmedAt != null)) || SignUps.Chats.SignUpChats.ConfirmedFor(db, channel, chatId).Contains(s.Id))
        .OrderByDescending(s => s.CreatedAt)
        .ThenByDescending(s => s.Id)
        .Take(MaxListed)
        .AsEnumerable()
        .Select(s => ToExisting(s)!)
        .ToList();

    // An agent's "daftarkan orang lain" registers another person: the agent's own rejected answers must not fill it.
    public RejectedDraft? FindRejectedDraft(string? source)
    {
        if (RejectedSignUps.Continued(RejectedSignUps.OwnNewestFirst(db.SignUps, channel, chatId).ToList(), source, forSomeoneElse: false) is not { } s)
        {
            return null;
        }

        var reason = RejectionReason.FromToldText(s.RejectionReason);
        return new RejectedDraft(s.Reference, s.RejectionReason ?? string.Empty, SignUpAnswers.ToAnswers(s), reason?.Steps ?? []);
    }

    public OwnSignUpData? FindOwnData()
    {
        var s = LatestOfChat();
        return s is null
            ? null
            : new OwnSignUpData(ToExisting(s)!, s.Nik, s.FullName, s.BirthDate, s.Phone, s.Occupation, s.MonthlyIncome, s.Programs, s.HeirName, s.HeirRelationship);
    }

    /// <remarks>References are stored upper-case; the answerer upper-cases what was typed.</remarks>
    public ExistingSignUp? FindSignUpOfChat(string reference) =>
        ToExisting(db.SignUps
            .Where(s => s.Channel == channel && s.ChatId == chatId && s.Reference == reference && (s.AgentId == null || s.ConfirmedAt != null))
            .FirstOrDefault());

    /// <summary>Only a member of this chat: a KPJ typed elsewhere shows nothing.</summary>
    public MemberStatus? FindMemberStatus(string kpj)
    {
        var member = db.Members.FirstOrDefault(m => m.Kpj == kpj
            && ((m.Channel == channel && m.ChatId == chatId) || SignUps.Chats.SignUpChats.ConfirmedFor(db, channel, chatId).Contains(m.SignUpId)));
        if (member is null || schedule is null || now is null)
        {
            return null;
        }

        var overview = Members.MemberOverview.Of(member, schedule, now.Value, remindersSent: 0);
        var next = member.Terms().NextUnpaidMonth;
        SponsorTerms? sponsor = null;
        IReadOnlyList<Jamsostek.Bpu.BpuProgram>? selfPaid = null;
        if (member is { Sponsored: true, SelfPaidPrograms: { } own })
        {
            // What the programme pays for this member as fixed at approval (not its terms of today), under its name.
            selfPaid = SignUpPrograms.Parse(own);
            var name = db.Sponsors.AsNoTracking().Where(p => p.Code == member.SponsorCode).Select(p => p.Name).FirstOrDefault() ?? "pemerintah daerah";
            sponsor = new SponsorTerms(name, SignUpPrograms.Parse(member.Programs).Except(selfPaid).ToList());
        }

        return new MemberStatus(member.Kpj, !member.PaysSelf, member.RemindersOn, member.PaidThrough, next, overview.NextDueDate, overview.NextAmount, overview.MonthsInArrears, overview.Lapsed, sponsor, selfPaid);
    }

    public string? FindSponsorName(string code) => FindSponsor(code)?.Name;

    // Asked by several texts of one reply (the price labels, the summary): read once a turn.
    public SponsorTerms? FindSponsor(string code)
    {
        if (!_sponsors.TryGetValue(code, out var terms))
        {
            var sponsor = db.Sponsors.AsNoTracking().FirstOrDefault(p => p.Code == code) ?? SignUps.Sponsors.SponsorConsent.SponsorOf(db, code);
            terms = sponsor is null ? null : new SponsorTerms(sponsor.Name, SignUpPrograms.Parse(sponsor.Programs));
            _sponsors[code] = terms;
        }

        return terms;
    }

    // An agent's sign-up stays in the agent's chat until the worker confirms it: the agent never reads it back (Agents/).
    private SignUp? LatestOfChat() => RejectedSignUps.OwnNewestFirst(db.SignUps, channel, chatId).FirstOrDefault();

    private static ExistingSignUp? ToExisting(SignUp? signUp) => signUp is null
        ? null
        : new ExistingSignUp(signUp.Reference, signUp.Status, signUp.CreatedAt, signUp.Kpj, signUp.RejectionReason, signUp.Occupation, signUp.FullName);
}
