using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.SignUps;

/// <summary>A registration as submitted by a worker and decided by an officer.</summary>
public sealed class SignUp
{
    /// <summary>The <see cref="Source"/> of a sign-up an agent entered for a worker ("daftarkan orang lain").</summary>
    public const string AgentSource = "agen";

    public long Id { get; set; }

    public required string Reference { get; set; }

    public SignUpStatus Status { get; set; }

    /// <summary>
    /// Concurrency token, new on every save (BotDbContext): two officers deciding at once on two hosts both read it
    /// pending; the second UPDATE finds the token changed and nothing of its decision is written.
    /// </summary>
    public Guid Version { get; set; }

    public required string Nik { get; set; }

    /// <summary>Keyed HMAC of the NIK (Nik itself is encrypted): uniqueness, duplicate checks and the officer's NIK search.</summary>
    public string? NikHash { get; set; }

    /// <summary>Keyed HMAC of the phone, for the duplicate-phone check.</summary>
    public string? PhoneHash { get; set; }

    public required string FullName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>"L" or "P".</summary>
    public required string Sex { get; set; }

    public required string RegencyCode { get; set; }

    public required string DistrictCode { get; set; }

    public required string VillageCode { get; set; }

    public required string Address { get; set; }

    /// <summary>E.164.</summary>
    public required string Phone { get; set; }

    public required string Occupation { get; set; }

    public string? OccupationOther { get; set; }

    public decimal MonthlyIncome { get; set; }

    public decimal IncomeBase { get; set; }

    /// <summary>Comma-separated programme codes, e.g. "JKK,JKM,JHT".</summary>
    public required string Programs { get; set; }

    public int PaymentPeriodMonths { get; set; }

    public decimal MonthlyContribution { get; set; }

    public required string HeirName { get; set; }

    public required string HeirRelationship { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? Kpj { get; set; }

    /// <summary>When the approved sign-up first left in an export for the official system (the next export marks it).</summary>
    public DateTimeOffset? ExportedAt { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>The agent who entered it for the worker (Agents/): credited, and the sign-up held until the worker confirms.</summary>
    public long? AgentId { get; set; }

    /// <summary>An agent's sign-up not confirmed by then expires (held only).</summary>
    public DateTimeOffset? HoldUntil { get; set; }

    /// <summary>The one-time code the worker types (or opens as a link) in their own chat; cleared once used.</summary>
    public string? ConfirmCode { get; set; }

    /// <summary>When the worker confirmed an agent's sign-up from their own chat (then it became pending).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    /// <summary>The registration attempt the answers came from: its transcript lines are this sign-up's.</summary>
    public string? RegistrationSession { get; set; }
}
