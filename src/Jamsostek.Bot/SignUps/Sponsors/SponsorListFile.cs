namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>A list as read: the header cells, which known column each is, and the non-empty data rows.</summary>
public sealed record SponsorListFile(IReadOnlyList<string> Header, IReadOnlyList<SponsorListColumn?> Columns, IReadOnlyList<SponsorListRow> Rows)
{
    public string Value(SponsorListRow row, SponsorListColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == column)
            {
                // A leading apostrophe is the spreadsheet's "keep as text" mark (and our exports' formula guard), not data.
                return i < row.Cells.Count ? row.Cells[i].Trim().TrimStart('\'').Trim() : string.Empty;
            }
        }

        return string.Empty;
    }

    public IReadOnlyList<SponsorListColumn> Missing => [.. SponsorListHeaders.Required.Where(c => !Columns.Contains(c))];
}
