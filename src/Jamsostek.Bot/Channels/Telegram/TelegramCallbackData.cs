using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// The callback_data of inline buttons (at most 64 bytes): a choice's id as is; "#n" (1-based position)
/// for an id that is too long or looks like one of ours; "page:n:fingerprint" for paging.
/// </summary>
internal static class TelegramCallbackData
{
    public const int MaxBytes = 64;
    public const string PagePrefix = "page:";
    public const string IndexPrefix = "#";

    public static string ForChoice(ReplyChoice choice, int index) =>
        choice.Id.Length > 0
        && Encoding.UTF8.GetByteCount(choice.Id) <= MaxBytes
        && !choice.Id.StartsWith(PagePrefix, StringComparison.Ordinal)
        && !choice.Id.StartsWith(IndexPrefix, StringComparison.Ordinal)
            ? choice.Id
            : IndexPrefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static string ForPage(int page, string fingerprint) =>
        PagePrefix + page.ToString(CultureInfo.InvariantCulture) + ":" + fingerprint;

    public static bool TryParsePage(string data, out int page, out string fingerprint)
    {
        page = 0;
        fingerprint = string.Empty;
        if (!data.StartsWith(PagePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = data[PagePrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var number = colon < 0 ? rest : rest[..colon];
        fingerprint = colon < 0 ? string.Empty : rest[(colon + 1)..];
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out page);
    }

    /// <summary>"#3" → 3 (1-based), the position of a choice whose id did not fit.</summary>
    public static bool TryParseIndex(string data, out int position) =>
        int.TryParse(data.StartsWith(IndexPrefix, StringComparison.Ordinal) ? data[IndexPrefix.Length..] : "x",
            NumberStyles.None, CultureInfo.InvariantCulture, out position) && position > 0;

    public static string Fingerprint(IReadOnlyList<ReplyChoice> choices)
    {
        var joined = string.Join('\u001f', choices.Select(c => c.Id));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
