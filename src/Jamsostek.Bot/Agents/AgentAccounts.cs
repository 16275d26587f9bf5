using System.Globalization;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Shared;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// Adding and deactivating agents, for the console (/petugas/agen) and <c>agents add</c>; each change audited. A
/// deactivated agent keeps their row (their credit) but loses their code and chat: nothing new can be registered through
/// them, while the sign-ups they hold follow their own course (the worker confirms, refuses or lets them expire).
/// </summary>
public sealed class AgentAccounts(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions, TimeProvider time)
{
    public async Task<(Agent? Agent, IReadOnlyDictionary<string, string> Errors)> AddAsync(AgentForm form, Func<string, bool> allows, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var now = time.GetUtcNow();
        var (agent, errors) = form.Read(regions, allows, actor, now);
        if (agent is null)
        {
            return (null, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Agents.Add(agent);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Of(now, actor, "agent-added", nameof(Agent), agent.Id.ToString(CultureInfo.InvariantCulture),
            new { agent.Id, agent.Kind, agent.RegencyCode, agent.VillageCode, phone = PersonalData.Mask(agent.Phone) }));
        await db.SaveChangesAsync(cancellationToken);
        return (agent, errors);
    }

    /// <returns>The agent's name, or null when there is no such active agent the actor may change.</returns>
    public async Task<string?> DeactivateAsync(long id, Func<string, bool> allows, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allows);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agent is null || !allows(agent.RegencyCode) || !IsActive(agent))
        {
            return null;
        }

        var before = new { agent.Id, agent.Channel, linked = agent.ChatId is not null, code = agent.LinkCode is not null };
        (agent.LinkCode, agent.Channel, agent.ChatId) = (null, null, null);
        db.AuditEntries.Add(AuditEntry.Of(time.GetUtcNow(), actor, "agent-deactivated", nameof(Agent), agent.Id.ToString(CultureInfo.InvariantCulture),
            new { agent.Id, active = false }, before));
        await db.SaveChangesAsync(cancellationToken);
        return agent.Name;
    }

    /// <summary>An agent with a code still to use or a linked chat; neither is left once deactivated.</summary>
    public static bool IsActive(Agent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return agent.LinkCode is not null || agent.ChatId is not null;
    }
}
