using Jamsostek.Bot.Shared;
using System.Text;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>An import's outcome: every data row's verdict in file order, and how many invitations were made.</summary>
public sealed record SponsorImportReport(SponsorListFile File, IReadOnlyList<SponsorRowResult> Rows, int Invited, bool DryRun)
{
    public int Refused => Rows.Count(r => !r.Ok);

    /// <summary>
    /// The rows to fix, as the regency sent them plus a column "Keterangan" with the reasons: corrected, the file can be
    /// imported again (the extra column is ignored). The valid rows are left out: they were invited already.
    /// </summary>
    public string CorrectedCsv()
    {
        var text = new StringBuilder(Csv.Line([.. File.Header, "Baris asal", "Keterangan"]));
        var cells = File.Rows.ToDictionary(r => r.Line, r => r.Cells);
        foreach (var row in Rows.Where(r => !r.Ok))
        {
            var original = cells[row.Line];
            var padded = Enumerable.Range(0, File.Header.Count).Select(i => i < original.Count ? original[i] : string.Empty);
            text.Append(Csv.Line([.. padded, row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(" ", row.Reasons)]));
        }

        return text.ToString();
    }
}
