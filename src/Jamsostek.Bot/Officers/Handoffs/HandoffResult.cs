namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>What a reply or close did: done, refused with a reason (Bahasa Indonesia), or not found in the officer's scope.</summary>
public sealed record HandoffResult(bool Succeeded, bool NotFound, string? Error)
{
    public static HandoffResult Done { get; } = new(true, false, null);

    public static HandoffResult Missing { get; } = new(false, true, null);

    public static HandoffResult Refused(string error) => new(false, false, error);
}
