using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>An agent's one-time link code typed (or opened) in their own chat: the chat becomes the agent's, the code is spent.</summary>
internal sealed record AgentLinkEffect(string Code, AgentTexts Texts) : DialogEffect, IHostEffect
{
    public async Task<IReadOnlyList<string>> ApplyAsync(BotDbContext db, Participant participant, DateTimeOffset now, string? session, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.LinkCode == Code, cancellationToken);
        if (agent is null || await db.Agents.AnyAsync(a => a.Channel == participant.Channel && a.ChatId == participant.ChatId, cancellationToken))
        {
            return [Texts.Say("tautan_salah")];
        }

        agent.LinkCode = null;
        agent.Channel = participant.Channel;
        agent.ChatId = participant.ChatId;
        agent.LinkedAt = now;
        db.AuditEntries.Add(AuditEntry.Of(now, $"{participant.Channel}:{participant.ChatId}", "agent-linked", nameof(Agent), agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new { agent.Id, agent.Channel }));
        return [Texts.Say("tautan_berhasil", ("nama", agent.Name), ("jenis", AgentKinds.LabelOf(agent.Kind)))];
    }
}
