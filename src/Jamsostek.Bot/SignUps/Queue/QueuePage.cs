namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>One page of the queue and how many rows match in all.</summary>
public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Page, int PageSize, bool NameSearchCapped = false)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
