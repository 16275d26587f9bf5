using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// WhatsApp's half of the outbox that decides what a row looks like. Inside the 24-hour customer-service window
/// (since the person's last message): plain text cut within 4 096 characters; 1–3 choices as reply buttons,
/// 4–10 as a list, more as a numbered list (typing the number answers); the choice ids are the button and row
/// ids, so a press comes back as the engine's choice. Outside it (or after Meta said 131047) a notice goes as its
/// kind's approved template; with no template for its kind it waits for the person's next message.
/// </summary>
public sealed class WhatsAppRenderer(IOptions<WhatsAppOptions> options, WhatsAppTexts texts, TimeProvider timeProvider) : IOutboxRenderer
{
    /// <summary>Meta's window; a little is kept back so that a message does not arrive just after it closed.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(5);

    public string Channel => WhatsAppChannel.Name;

    public async Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken)
    {
        var lastInbound = await db.Participants
            .Where(p => p.Channel == row.Channel && p.ChatId == row.ChatId)
            .Select(p => p.LastInboundAt)
            .FirstOrDefaultAsync(cancellationToken);

        // A turn's reply answers a message that came in when the reply was written, whatever the participant row says yet.
        var opened = row.TurnMessageId is not null && (lastInbound is null || row.CreatedAt > lastInbound) ? row.CreatedAt : lastInbound;
        var inside = opened is { } at && timeProvider.GetUtcNow() - at < Window;
        if (inside && !row.NeedsTemplate)
        {
            return OutboxRendering.Of(RenderFree(row));
        }

        return TemplateFor(row) switch
        {
            null => OutboxRendering.HoldUntilInbound,
            var template when OutboxNotice.AnnouncesOnly(row.NoticeKind) => OutboxRendering.Announcement([template]),
            var template => OutboxRendering.Of([template]),
        };
    }

    public IReadOnlyList<OutboxPart> RenderFree(OutboxMessage row)
    {
        var choices = OutboxChoices.Deserialize(row.ChoicesJson);
        var text = EmphasisMarkers.ToPlainText(row.Text).Trim();
        if (row.RequestContact && choices.Count < WhatsAppMessages.MaxButtons)
        {
            // The phone question: the number that wrote is the phone; a button confirms it, typing another still works.
            text += "\n\n" + texts[WhatsAppTexts.OwnNumberLine].Replace("{nomor}", IndonesianFormat.Phone(WhatsAppChannel.Phone(row.ChatId)), StringComparison.Ordinal);
            choices = [new ReplyChoice(WhatsAppChannel.OwnNumberChoice, texts[WhatsAppTexts.OwnNumberButton]), .. choices];
        }

        if (choices.Count > WhatsAppMessages.MaxListRows)
        {
            text = WhatsAppMessages.Numbered(text, choices);
            choices = [];
        }

        if (choices.Count == 0)
        {
            return [.. WhatsAppMessages.Split(text, WhatsAppMessages.MaxTextLength).Select(WhatsAppMessages.Text)];
        }

        // The question (last lines) rides on the interactive message, whose body holds 1 024 characters.
        var pieces = WhatsAppMessages.Split(text, WhatsAppMessages.MaxTextLength).ToList();
        var last = pieces.Count > 0 ? pieces[^1] : texts[WhatsAppTexts.ListSection];
        pieces = pieces.Count > 0 ? pieces[..^1] : [];
        if (last.Length > WhatsAppMessages.MaxInteractiveBodyLength)
        {
            var split = WhatsAppMessages.Split(last, WhatsAppMessages.MaxInteractiveBodyLength);
            pieces.AddRange(split.Take(split.Count - 1));
            last = split[^1];
        }

        var parts = pieces.Select(p => (OutboxPart)WhatsAppMessages.Text(p)).ToList();
        parts.Add(choices.Count <= WhatsAppMessages.MaxButtons
            ? WhatsAppMessages.Buttons(last, choices)
            : WhatsAppMessages.List(last, choices, texts[WhatsAppTexts.ListButton], texts[WhatsAppTexts.ListSection]));
        return parts;
    }

    private WhatsAppPart? TemplateFor(OutboxMessage row)
    {
        if (row.NoticeKind is not { } kind || !options.Value.Templates.TryGetValue(kind, out var name))
        {
            return null;
        }

        var parameters = new List<string>();
        if (row.NoticeParametersJson is { } json)
        {
            using var document = JsonDocument.Parse(json);
            parameters.AddRange(document.RootElement.EnumerateObject().Select(p => p.Value.ToString()));
        }

        return WhatsAppMessages.Template(name, options.Value.TemplateLanguage, parameters);
    }
}
