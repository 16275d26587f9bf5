namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>The outcome of an approve or reject: Error (Bahasa Indonesia) when refused, NotFound for an unknown or out-of-scope id.</summary>
public sealed record DecisionResult(bool Succeeded, bool NotFound, string? Error, string? Reference)
{
    public static DecisionResult Done(string reference) => new(true, false, null, reference);

    public static DecisionResult Missing { get; } = new(false, true, "Pendaftaran tidak ditemukan.", null);

    public static DecisionResult Refused(string error) => new(false, false, error, null);
}
