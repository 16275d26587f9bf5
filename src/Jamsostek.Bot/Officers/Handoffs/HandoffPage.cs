namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>One page of the open requests (oldest first) and how many are open in all.</summary>
public sealed record HandoffPage(IReadOnlyList<HandoffRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
