using System.Text.RegularExpressions;

namespace Jamsostek.Dialogs.Text;

/// <summary>
/// Texts mark emphasis as *word*. A value the person typed may hold asterisks of its own ("Jl. Merdeka *No* 5"):
/// the engine escapes them as \* when it puts the value into a text, so a channel drops only the markers.
/// </summary>
public static partial class EmphasisMarkers
{
    public static string Escape(string typed) => typed.Replace("*", "\\*", StringComparison.Ordinal);

    /// <summary>
    /// The text without its markers: *word* (inner text starting with a letter or digit, on one line, not
    /// touching other letters or an escape) loses its asterisks; anything else ("*_x", "2*3*4") stays;
    /// then every \* becomes the asterisk that was typed.
    /// </summary>
    public static string ToPlainText(string text) =>
        Emphasis().Replace(text, "$1").Replace("\\*", "*", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}\p{N}*\\])\*([\p{L}\p{N}](?:[^*\n]*?[\p{L}\p{N}.!?)])?)\*(?![\p{L}\p{N}*])")]
    private static partial Regex Emphasis();
}
