namespace Jamsostek.Bot.Members;

/// <summary>One page of the members list; <see cref="HasNext"/> when more rows match after it.</summary>
public sealed record MemberPage(IReadOnlyList<MemberOverview> Members, int Page, bool HasNext);
