using System.Globalization;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Handoffs;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Flows;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// "hubungi petugas" inside the turn: one open request per chat (a later request or question is added to it
/// under a dated note, so repeating it never floods the officers' inbox nor moves it up), and a request keeps
/// at most <see cref="HandoffRequest.MaxQuestionLength"/> characters, additions included.
/// </summary>
internal static class HandoffIntake
{
    /// <summary>Opens or extends the chat's request; returns what the worker is told besides the engine's reply.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(
        BotDbContext db, Participant participant, HandoffRequestedEffect handoff, DateTimeOffset now, HostTexts texts, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var question = handoff.Question;
        var open = db.HandoffRequests.Local.FirstOrDefault(h => h.Channel == participant.Channel && h.ChatId == participant.ChatId && h.ClosedAt is null)
            ?? await db.HandoffRequests
                .Where(h => h.Channel == participant.Channel && h.ChatId == participant.ChatId && h.ClosedAt == null)
                .OrderBy(h => h.Id)
                .FirstOrDefaultAsync(cancellationToken);
        bool cut;
        if (open is null)
        {
            (var text, cut) = Cap(question.Trim());
            db.HandoffRequests.Add(new HandoffRequest { Channel = participant.Channel, ChatId = participant.ChatId, Question = text, CreatedAt = now });
        }
        else if (HandoffTopic.IsBare(question) && HandoffTopic.IsBare(open.Question))
        {
            cut = false; // a bare request again while the open one is bare too adds nothing: the bot asks what it is about
        }
        else if (handoff.AnswersTopic && HandoffTopic.IsBare(open.Question))
        {
            // What the bot asked for: the bare "hubungi petugas" gives way to it, so the officer reads the question itself.
            (open.Question, cut) = Cap(question.Trim());
        }
        else
        {
            var when = WorkerZone.Format(now, participant.RegencyCode ?? string.Empty);
            (open.Question, cut) = Cap($"{open.Question}\n\n[Tambahan {when}] {question.Trim()}");
            if (!handoff.AnswersTopic)
            {
                notes.Add(texts.Say(FlowTexts.HandoffAdded)); // an answer to the bot's question is confirmed by the engine
            }
        }

        if (cut)
        {
            notes.Add(texts.Say(FlowTexts.HandoffCut, ("panjang_maksimal", HandoffRequest.MaxQuestionLength.ToString("N0", CultureInfo.GetCultureInfo("id-ID")))));
        }

        return notes;
    }

    private static (string Text, bool Cut) Cap(string text) =>
        text.Length <= HandoffRequest.MaxQuestionLength ? (text, false) : (text[..HandoffRequest.MaxQuestionLength], true);
}
