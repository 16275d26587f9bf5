namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>One automatic check on the detail page: its name, whether it passed, and what was found.</summary>
public sealed record CheckResult(string Name, bool Passed, string Detail);
