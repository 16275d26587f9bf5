using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>One line of the queue: no full NIK (masked), enough to pick the next sign-up; Resubmitted when it came back corrected after a rejection.</summary>
public sealed record QueueRow(
    long Id,
    string Reference,
    string FullName,
    string Nik,
    string RegencyCode,
    string VillageCode,
    string Occupation,
    SignUpStatus Status,
    string? Source,
    DateTimeOffset CreatedAt,
    bool Resubmitted = false)
{
    /// <summary>How many automatic checks failed (see <see cref="Decisions.SignUpChecks"/>): 0 means nothing to look at.</summary>
    public int Warnings { get; init; }
}
