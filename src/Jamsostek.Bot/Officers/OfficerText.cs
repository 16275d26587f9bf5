using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// Worker and bot text as officer pages show it: what the worker saw. The bot's *bold* and _italic_ markers become
/// bold and italic (not raw asterisks), emoji stay (a worker's 👍 is an answer), and everything else is encoded.
/// </summary>
public static partial class OfficerText
{
    public static IHtmlContent Html(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return HtmlString.Empty;
        }

        var encoded = WebUtility.HtmlEncode(text);
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        encoded = Italic().Replace(encoded, "<em>$1</em>");
        return new HtmlString(encoded);
    }

    /// <summary>The text without the markers, for places that take plain text (a title, a CSV).</summary>
    public static string Plain(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Italic().Replace(Bold().Replace(text, "$1"), "$1");

    // One line, not across line breaks, at word edges: "2*3*4" and snake_case_names stay as they are.
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")]
    private static partial Regex Italic();
}
