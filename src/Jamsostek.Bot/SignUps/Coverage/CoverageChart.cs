using System.Globalization;
using System.Net;
using System.Text;

namespace Jamsostek.Bot.SignUps.Coverage;

/// <summary>A horizontal bar chart as inline SVG (no script, no CDN): approved and pending per row, busiest first, the quota as a line. Labels are HTML-encoded.</summary>
public static class CoverageChart
{
    private const int RowHeight = 22;
    private const int LabelWidth = 220;
    private const int BarWidth = 360;

    // Room for the longest label, "9999 disetujui · 9999 menunggu · kuota 9999", at 12px.
    private const int CountWidth = 270;

    public static string Svg(IReadOnlyList<CoverageRow> rows, int maxRows = 30)
    {
        // A regency has up to a few hundred villages: the chart shows those with the most sign-ups (catalogue order
        // among equals), never the first ones of the catalogue at zero while the busy ones are left out.
        var shown = rows.OrderByDescending(r => r.Approved + r.Pending).ThenByDescending(r => r.Total).Take(maxRows).ToList();
        var max = Math.Max(1, shown.Select(r => Math.Max(r.Approved + r.Pending, r.Quota ?? 0)).DefaultIfEmpty(1).Max());
        var height = (shown.Count * RowHeight) + 30;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 8 + CountWidth}\" height=\"{height}\" role=\"img\" aria-label=\"Grafik cakupan\">"));
        for (var i = 0; i < shown.Count; i++)
        {
            var r = shown[i];
            var y = i * RowHeight;
            var approved = r.Approved * BarWidth / max;
            var pending = r.Pending * BarWidth / max;
            svg.Append(Invariant($"<text x=\"0\" y=\"{y + 15}\" font-size=\"12\">{WebUtility.HtmlEncode(Short(r.Name))}</text>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{approved}\" height=\"14\" fill=\"#2e7d32\"><title>Disetujui {r.Approved}</title></rect>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth + approved}\" y=\"{y + 4}\" width=\"{pending}\" height=\"14\" fill=\"#f9a825\"><title>Menunggu {r.Pending}</title></rect>"));
            if (r.Quota is { } quota)
            {
                var x = LabelWidth + (quota * BarWidth / max);
                svg.Append(Invariant($"<line x1=\"{x}\" y1=\"{y + 1}\" x2=\"{x}\" y2=\"{y + 21}\" stroke=\"#b71c1c\" stroke-width=\"2\"><title>Kuota {quota}</title></line>"));
            }

            svg.Append(Invariant($"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 15}\" font-size=\"12\">{Counts(r)}</text>"));
        }

        var legendY = (shown.Count * RowHeight) + 20;
        svg.Append(Invariant($"<rect x=\"0\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"#2e7d32\"/><text x=\"16\" y=\"{legendY}\" font-size=\"12\">Disetujui</text>"));
        svg.Append(Invariant($"<rect x=\"100\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"#f9a825\"/><text x=\"116\" y=\"{legendY}\" font-size=\"12\">Menunggu</text>"));
        svg.Append(Invariant($"<rect x=\"200\" y=\"{legendY - 10}\" width=\"3\" height=\"12\" fill=\"#b71c1c\"/><text x=\"208\" y=\"{legendY}\" font-size=\"12\">Kuota</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>What the bar shows, in words: "3 disetujui · 2 menunggu", and the quota line's figure when there is one.</summary>
    public static string Counts(CoverageRow row)
    {
        var text = Invariant($"{row.Approved} disetujui · {row.Pending} menunggu");
        return row.Quota is { } quota ? text + Invariant($" · kuota {quota}") : text;
    }

    private static string Short(string name) => name.Length > 32 ? name[..31] + "…" : name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
