using System.Text.RegularExpressions;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Privacy;

/// <summary>
/// The registration's NIK step tells whether a NIK already has a sign-up, so a chat could try NIK after NIK.
/// Each 16-digit entry at that step is counted per chat over a rolling 24 hours; over the limit the NIK is not
/// read (no lookup, no transcript line), the worker is told kindly and offered a person, and the refusal is
/// logged with the NIK masked and kept as a row officers can see.
/// </summary>
public sealed partial class NikEntryLimit(IOptions<NikEntryOptions> options, HostTexts texts, ILogger<NikEntryLimit> logger)
{
    /// <summary>The registration step that asks for the NIK (step ids are the host's contract with dialogs/).</summary>
    public const string NikStep = "nik";

    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public int Limit => options.Value.PerChatPer24Hours;

    /// <summary>
    /// Counts a NIK typed at the NIK step (a read; the turn saves <see cref="NikEntryCheck.Row"/> with its writes). Null
    /// when the text is no NIK at that step; a refusal text when the chat is over the limit, to stand instead of the engine's reply.
    /// </summary>
    public async Task<NikEntryCheck?> CheckAsync(BotDbContext db, InboundMessage message, string? stepBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (stepBefore != NikStep || message.Input.Text is not { } text || NikOf(text) is not { } nik)
        {
            return null;
        }

        var since = now - Window;
        var accepted = await db.NikEntries
            .CountAsync(e => e.Channel == message.Channel && e.ChatId == message.ChatId && !e.Refused && e.At > since, cancellationToken);
        var refused = accepted >= Limit;
        var entry = new NikEntry { Channel = message.Channel, ChatId = message.ChatId, At = now, Refused = refused };
        if (!refused)
        {
            return new NikEntryCheck(entry, null);
        }

        logger.LogWarning("NIK entry refused on {Channel} chat {ChatId}: {Count} NIKs in 24 hours already (limit {Limit}); NIK {Nik} not looked up",
            message.Channel, PersonalData.MaskNik(message.ChatId), accepted, Limit, PersonalData.MaskNik(nik));
        return new NikEntryCheck(entry, texts.Say(FlowTexts.NikLimitReached, ("batas_nik", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>The 16 digits when the text is a NIK as people type it (spaces, dots or dashes between digits).</summary>
    private static string? NikOf(string text)
    {
        var trimmed = text.Trim();
        if (!NikLike().IsMatch(trimmed))
        {
            return null;
        }

        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        return digits.Length == 16 ? digits : null;
    }

    [GeneratedRegex(@"^[0-9][0-9 .\-]*[0-9]$")]
    private static partial Regex NikLike();
}
