using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// What becomes of an agent's held sign-up, inside the caller's transaction: the worker confirms it (it becomes pending
/// and the worker's own), or refuses it or lets it expire (erased with the same eraser as "hapus data saya", the lines
/// typed for it in the agent's chat deleted); the agent is told by reference only.
/// </summary>
internal static class HeldSignUps
{
    public const string WorkerConfirmedAction = "worker-confirmed";

    /// <summary>Where the lines typed for a held sign-up wait, out of the agent's chat, until the worker decides.</summary>
    public const string HeldChannel = "agen";

    /// <summary>The worker's consent from their own chat: the sign-up, its transcript and later notices move to that chat.</summary>
    public static async Task ConfirmAsync(BotDbContext db, SignUp signUp, Agent agent, string channel, string chatId, AgentTexts texts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (signUp.RegistrationSession is { } session)
        {
            await db.ConversationMessages
                .Where(m => m.SessionId == session)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Channel, channel).SetProperty(m => m.ChatId, chatId), cancellationToken);
        }

        signUp.Status = SignUpStatus.Pending;
        signUp.ConfirmedAt = now;
        signUp.ConfirmCode = null;
        signUp.HoldUntil = null;
        signUp.Channel = channel;
        signUp.ChatId = chatId;
        signUp.UpdatedAt = now;
        db.AuditEntries.Add(AuditEntry.Of(now, $"{channel}:{chatId}", WorkerConfirmedAction, nameof(SignUp), signUp.Reference,
            new { signUp.Reference, status = "pending", agent = agent.Id }, new { signUp.Reference, status = "held" }));
        Tell(db, agent, texts.Say("agen_disetujui", ("referensi", signUp.Reference)), now);
    }

    /// <summary>Refused by the worker or expired: nothing of the worker stays, the reference and the agent's credit do.</summary>
    public static async Task DiscardAsync(BotDbContext db, SignUp signUp, Agent? agent, string actor, string told, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (signUp.RegistrationSession is { } session)
        {
            await db.ConversationMessages
                .Where(m => m.SessionId == session)
                .ExecuteDeleteAsync(cancellationToken);
        }

        signUp.HoldUntil = null;
        await PersonalDataEraser.EraseSignUpAsync(db, signUp, actor, now, cancellationToken);
        if (agent is not null)
        {
            Tell(db, agent, told, now);
        }
    }

    /// <summary>A notice to the agent's own chat (never a name or NIK: the reference only).</summary>
    public static void Tell(BotDbContext db, Agent agent, string text, DateTimeOffset now)
    {
        if (agent.Channel is { } channel && agent.ChatId is { } chatId)
        {
            db.OutboxMessages.Add(OutboxChoices.ToOutbox(Reply.Plain(text), channel, chatId, null, now));
        }
    }
}
