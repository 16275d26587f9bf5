namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>One automatic check on the detail page: its name, whether it passed, what was found, and the other sign-ups it names.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail)
{
    /// <summary>The sign-ups the check found (a duplicate NIK or phone): the page links each, with the person's name.</summary>
    public IReadOnlyList<RelatedSignUp> Related { get; init; } = [];
}
