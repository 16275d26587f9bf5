namespace Jamsostek.Bot.Officers;

/// <summary>One line of <c>officers list</c> and of the admin's officer page.</summary>
public sealed record OfficerSummary(string UserName, string Roles, IReadOnlyList<string> Regencies, DateTimeOffset? LockoutEnd)
{
    /// <summary>A sponsor officer's programme codes.</summary>
    public IReadOnlyList<string> Sponsors { get; init; } = [];
}
