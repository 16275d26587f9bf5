using System.Globalization;
using System.Net;
using System.Text;

namespace Jamsostek.Bot.SignUps.Coverage;

/// <summary>
/// A horizontal bar chart as inline SVG (no script, no CDN): approved and pending per row, busiest first, the quota as
/// a line. Each row is three lines (the name, its counts, the bar), so the chart is narrow: with its viewBox it shrinks
/// to a 360 px phone and the labels stay readable instead of being cut. Labels are HTML-encoded.
/// </summary>
public static class CoverageChart
{
    private const int RowHeight = 50;
    private const int Width = 360;
    private const int BarWidth = 340;

    public static string Svg(IReadOnlyList<CoverageRow> rows, int maxRows = 30)
    {
        // A regency has up to a few hundred villages: the chart shows those with the most sign-ups (catalogue order
        // among equals), never the first ones of the catalogue at zero while the busy ones are left out.
        var shown = rows.OrderByDescending(r => r.Approved + r.Pending).ThenByDescending(r => r.Total).Take(maxRows).ToList();
        var max = Math.Max(1, shown.Select(r => Math.Max(r.Approved + r.Pending, r.Quota ?? 0)).DefaultIfEmpty(1).Max());
        var height = (shown.Count * RowHeight) + 30;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafik\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"Grafik cakupan\">"));
        for (var i = 0; i < shown.Count; i++)
        {
            var r = shown[i];
            var y = i * RowHeight;
            var approved = r.Approved * BarWidth / max;
            var pending = r.Pending * BarWidth / max;
            svg.Append(Invariant($"<text x=\"0\" y=\"{y + 13}\" font-size=\"13\" font-weight=\"bold\">{WebUtility.HtmlEncode(Short(r.Name))}</text>"));
            svg.Append(Invariant($"<text x=\"0\" y=\"{y + 28}\" font-size=\"12\" fill=\"#444\">{Caption(r)}</text>"));
            svg.Append(Invariant($"<rect x=\"0\" y=\"{y + 32}\" width=\"{approved}\" height=\"12\" fill=\"#2e7d32\"><title>Disetujui {r.Approved}</title></rect>"));
            svg.Append(Invariant($"<rect x=\"{approved}\" y=\"{y + 32}\" width=\"{pending}\" height=\"12\" fill=\"#f9a825\"><title>Menunggu {r.Pending}</title></rect>"));
            if (r.Quota is { } quota)
            {
                var x = quota * BarWidth / max;
                svg.Append(Invariant($"<line x1=\"{x}\" y1=\"{y + 30}\" x2=\"{x}\" y2=\"{y + 46}\" stroke=\"#b71c1c\" stroke-width=\"2\"><title>Kuota {quota}</title></line>"));
            }
        }

        var legendY = (shown.Count * RowHeight) + 20;
        svg.Append(Invariant($"<rect x=\"0\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"#2e7d32\"/><text x=\"16\" y=\"{legendY}\" font-size=\"12\">Disetujui</text>"));
        svg.Append(Invariant($"<rect x=\"100\" y=\"{legendY - 10}\" width=\"12\" height=\"12\" fill=\"#f9a825\"/><text x=\"116\" y=\"{legendY}\" font-size=\"12\">Menunggu</text>"));
        svg.Append(Invariant($"<rect x=\"200\" y=\"{legendY - 10}\" width=\"3\" height=\"12\" fill=\"#b71c1c\"/><text x=\"208\" y=\"{legendY}\" font-size=\"12\">Kuota</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The line under the name: its district (two villages may share a name) and the counts.</summary>
    private static string Caption(CoverageRow row) =>
        string.IsNullOrEmpty(row.District) ? Counts(row) : $"{WebUtility.HtmlEncode(row.District)} · {Counts(row)}";

    /// <summary>What the bar shows, in words: "3 disetujui · 2 menunggu", and the quota line's figure when there is one.</summary>
    public static string Counts(CoverageRow row)
    {
        var text = Invariant($"{row.Approved} disetujui · {row.Pending} menunggu");
        return row.Quota is { } quota ? text + Invariant($" · kuota {quota}") : text;
    }

    private static string Short(string name) => name.Length > 44 ? name[..43] + "…" : name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
