namespace Jamsostek.Bpu;

/// <summary>
/// Either Info (valid) or Problem with an Explanation in Bahasa Indonesia that can be sent to the
/// user as is.
/// </summary>
public sealed record NikResult(NikInfo? Info, NikProblem? Problem, string? Explanation)
{
    public bool IsValid => Info is not null;

    internal static NikResult Valid(NikInfo info) => new(info, null, null);

    internal static NikResult Invalid(NikProblem problem, string explanation) => new(null, problem, explanation);
}
