using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>
/// What an officer needs to answer a request: who asks (the chat's sign-ups within the officer's regencies, linked)
/// and what about (the last lines of the chat outside registrations: a question the FAQ answered wrongly shows here).
/// </summary>
internal static class HandoffContext
{
    public const int RecentLines = 6;

    /// <param name="rows">Each row with the chat it came from (the row itself only carries the masked contact).</param>
    public static async Task<IReadOnlyList<HandoffRow>> AddAsync(
        BotDbContext db, IReadOnlyList<(HandoffRow Row, string ChatId)> rows, OfficerScope scope, CancellationToken cancellationToken)
    {
        var chatIds = rows.Select(r => r.ChatId).Distinct().ToList();
        var people = (await scope.Apply(db.SignUps.AsNoTracking())
                .Where(s => chatIds.Contains(s.ChatId) && s.Status != SignUpStatus.Held) // an agent's chat: not the workers it holds for
                .OrderBy(s => s.Id)
                .Select(s => new { s.Channel, s.ChatId, s.Id, s.Reference, s.FullName, s.Status })
                .ToListAsync(cancellationToken))
            .ToLookup(s => (s.Channel, s.ChatId), s => new RelatedSignUp(s.Id, s.Reference, s.FullName, s.Status));
        var result = new List<HandoffRow>(rows.Count);
        foreach (var (row, chatId) in rows)
        {
            // Lines of a registration belong to that person's sign-up page (and its scope rules), not here.
            var recent = await db.ConversationMessages.AsNoTracking()
                .Where(m => m.Channel == row.Channel && m.ChatId == chatId && m.SessionId == null && m.At <= row.CreatedAt)
                .OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(RecentLines)
                .Select(m => new HandoffLine(m.Direction, m.At, m.Text))
                .ToListAsync(cancellationToken);
            recent.Reverse();
            result.Add(row with { People = [.. people[(row.Channel, chatId)]], Recent = recent });
        }

        return result;
    }
}
