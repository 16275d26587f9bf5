using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// The two one-time codes of this room, each a prefix and 8 random digits so that no answer of the registration (a name,
/// an amount, a phone) is ever read as one: "AGEN…" links an agent's chat, "S…" is a worker's consent. Typed with spaces
/// or dashes, any case; the same text is the Telegram deep-link payload (start=AGEN12345678).
/// </summary>
public static partial class AgentCodes
{
    public const string LinkPrefix = "AGEN";

    public const string ConsentPrefix = "S";

    public static string NewLinkCode() => LinkPrefix + Digits();

    public static string NewConsentCode() => ConsentPrefix + Digits();

    /// <summary>The code typed or opened, normalised, when the text is one; else null.</summary>
    public static string? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return null;
        }

        var compact = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return Code().IsMatch(compact) ? compact : null;
    }

    private static string Digits() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^(AGEN|S)[0-9]{8}$")]
    private static partial Regex Code();
}
