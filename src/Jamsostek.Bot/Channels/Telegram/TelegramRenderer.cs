using System.Text.RegularExpressions;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Turns the engine's <see cref="Reply"/> into Telegram messages. Decisions:
/// plain text only (no parse mode): the engine's "*word*" emphasis loses its asterisks, a typed \* shows as "*", anything else
/// (a name like "&lt;b&gt;*_") is sent exactly as typed; texts over 4096 characters are split and the
/// keyboard rides on the last part; choices are inline buttons, 8 a page, 2 a row unless a label is
/// longer than 20 characters; RequestContact shows a one-time reply keyboard with the contact button
/// (and the choices as text buttons under it); a reply with neither removes any reply keyboard.
/// </summary>
public sealed partial class TelegramRenderer
{
    public const int MaxTextLength = 4096;
    public const int ChoicesPerPage = 8;
    public const int LongLabelLength = 20;
    public const string ContactButtonLabel = "Bagikan nomor HP saya";
    public const string NextPageLabel = "lainnya ›";
    public const string PreviousPageLabel = "‹ sebelumnya";
    public const string EchoArrow = "➡️ ";
    private const string EmptyTextFallback = "Silakan pilih:";

    /// <param name="reply">The engine's reply.</param>
    /// <param name="removeReplyKeyboard">
    /// The request_contact keyboard of an earlier reply is still showing. A message carries one keyboard, so when
    /// this reply has inline buttons, its first part (the first line when it has one part) takes the old one down.
    /// </param>
    public IReadOnlyList<TelegramOutgoingMessage> Render(Reply reply, bool removeReplyKeyboard = false)
    {
        var text = ToPlainText(reply.Text);
        var hasKeyboard = reply.RequestContact || reply.Choices.Count > 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (!hasKeyboard)
            {
                return [];
            }

            text = EmptyTextFallback;
        }

        var parts = TelegramTextSplitter.Split(text, MaxTextLength).ToList();
        var markup = KeyboardFor(reply);
        var removeFirst = removeReplyKeyboard && markup is InlineKeyboardMarkup;
        if (removeFirst && parts.Count == 1)
        {
            parts = SplitFirstLine(parts[0]);
        }

        return parts
            .Select((part, i) => new TelegramOutgoingMessage(
                part, i == parts.Count - 1 ? markup : removeFirst && i == 0 ? new ReplyKeyboardRemove() : null))
            .ToList();
    }

    private static List<string> SplitFirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline].Trim();
        var rest = newline < 0 ? string.Empty : text[(newline + 1)..].Trim();
        return first.Length > 0 && rest.Length > 0 ? [first, rest] : [text, EmptyTextFallback];
    }

    /// <summary>The inline keyboard for one page (0-based, clamped) of a choice list.</summary>
    public InlineKeyboardMarkup RenderChoicesPage(IReadOnlyList<ReplyChoice> choices, int page)
    {
        var pageCount = Math.Max(1, (choices.Count + ChoicesPerPage - 1) / ChoicesPerPage);
        page = Math.Clamp(page, 0, pageCount - 1);
        var onPage = choices.Skip(page * ChoicesPerPage).Take(ChoicesPerPage)
            .Select((c, i) => (Choice: c, Index: (page * ChoicesPerPage) + i))
            .ToList();
        var perRow = onPage.Any(x => x.Choice.Label.Length > LongLabelLength) ? 1 : 2;
        var rows = onPage
            .Chunk(perRow)
            .Select(row => row.Select(x => InlineKeyboardButton.WithCallbackData(
                x.Choice.Label, TelegramCallbackData.ForChoice(x.Choice, x.Index))).ToArray())
            .ToList();

        if (pageCount > 1)
        {
            var fingerprint = Fingerprint(choices);
            var navigation = new List<InlineKeyboardButton>();
            if (page > 0)
            {
                navigation.Add(InlineKeyboardButton.WithCallbackData(PreviousPageLabel, TelegramCallbackData.ForPage(page - 1, fingerprint)));
            }

            if (page < pageCount - 1)
            {
                navigation.Add(InlineKeyboardButton.WithCallbackData(NextPageLabel, TelegramCallbackData.ForPage(page + 1, fingerprint)));
            }

            rows.Add([.. navigation]);
        }

        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>Identifies a choice list in paging callback data (8 hex characters).</summary>
    public static string Fingerprint(IReadOnlyList<ReplyChoice> choices) => TelegramCallbackData.Fingerprint(choices);

    /// <summary>The original message's text with the pressed choice appended, for EditMessageText (keyboard removed).</summary>
    public static string EchoChoice(string? originalText, string label)
    {
        var echo = "\n\n" + EchoArrow + label;
        var original = originalText ?? string.Empty;
        if (original.Length + echo.Length > MaxTextLength)
        {
            var keep = Math.Max(0, MaxTextLength - echo.Length - 1);
            keep = keep > 0 && char.IsHighSurrogate(original[keep - 1]) ? keep - 1 : keep;
            original = original[..keep] + "…";
        }

        var result = (original + echo).Trim();
        return result.Length <= MaxTextLength ? result : result[..MaxTextLength];
    }

    /// <summary>
    /// The engine marks emphasis as *word*: those asterisks are dropped, an escaped \* (typed by the person)
    /// shows as "*", anything else, e.g. "*_x" or "2*3*4", stays as is (see EmphasisMarkers).
    /// </summary>
    public static string ToPlainText(string engineText) => EmphasisMarkers.ToPlainText(engineText);

    private ReplyMarkup KeyboardFor(Reply reply)
    {
        if (reply.RequestContact)
        {
            var rows = new List<KeyboardButton[]> { new[] { KeyboardButton.WithRequestContact(ContactButtonLabel) } };
            rows.AddRange(reply.Choices.Select(c => new[] { new KeyboardButton(c.Label) }));
            return new ReplyKeyboardMarkup(rows) { OneTimeKeyboard = true, ResizeKeyboard = true };
        }

        return reply.Choices.Count > 0 ? RenderChoicesPage(reply.Choices, 0) : new ReplyKeyboardRemove();
    }

}
