namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>One data row of a list: its line in the file (the spreadsheet's row number for XLSX) and its cells as read.</summary>
public sealed record SponsorListRow(int Line, IReadOnlyList<string> Cells);
