using Hangfire;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// The Hangfire job (recurring "agen-kedaluwarsa"): an agent's sign-up the worker did not confirm within
/// <see cref="AgentOptions.ConfirmDays"/> is erased (it never reached the queue) and the agent is told, by reference.
/// Each sign-up in its own small transaction; a sign-up confirmed meanwhile by the worker fails the concurrency check
/// and is left as it is.
/// </summary>
public sealed class HeldSignUpExpiry(IDbContextFactory<BotDbContext> dbFactory, AgentTexts texts, IOptions<AgentOptions> options, OutboxSignal signal, TimeProvider time)
{
    public const string Id = "agen-kedaluwarsa";

    private const int Batch = 200;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 2)]
    public async Task RunAsync(CancellationToken cancellationToken) => await ExpireAsync(cancellationToken);

    /// <returns>How many expired.</returns>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var days = options.Value.ConfirmDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var expired = 0;
        while (true)
        {
            await using var read = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ids = await read.SignUps.AsNoTracking()
                .Where(s => s.Status == SignUpStatus.Held && s.HoldUntil < now)
                .OrderBy(s => s.Id).Select(s => s.Id).Take(Batch)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            foreach (var id in ids)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var signUp = await db.SignUps.SingleAsync(s => s.Id == id, cancellationToken);
                if (signUp.Status != SignUpStatus.Held)
                {
                    continue;
                }

                var agent = signUp.AgentId is { } agentId ? await db.Agents.FindAsync([agentId], cancellationToken) : null;
                await HeldSignUps.DiscardAsync(db, signUp, agent, "sistem", texts.Say("agen_kedaluwarsa", ("referensi", signUp.Reference), ("hari", days)), now, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    expired++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Confirmed by the worker in the same moment: theirs stands.
                }
            }
        }

        if (expired > 0)
        {
            signal.Poke();
        }

        return expired;
    }
}
