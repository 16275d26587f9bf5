using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// What the turn asks of Privacy/ inside its transaction. Privacy/ implements it, as it reads and clears the chat's
/// rows (transcript, outbox, sign-ups, handoffs): the dependency runs Privacy → Conversations, never back.
/// </summary>
public interface ITurnPrivacy
{
    /// <summary>
    /// A NIK typed at the NIK step, counted (a read: the turn adds the row with its writes); null when the text is no NIK
    /// at that step. Its refusal, when set, stands instead of the engine's reply (too many NIKs typed).
    /// </summary>
    Task<NikEntryCheck?> CheckNikEntryAsync(BotDbContext db, InboundMessage message, string? stepBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>"hapus data saya" (<see cref="Jamsostek.Dialogs.Engine.DeletePersonalDataEffect"/>).</summary>
    Task EraseAsync(BotDbContext db, Participant participant, string actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A registration that ended unsubmitted (<see cref="Jamsostek.Dialogs.Engine.DraftDiscardedEffect"/>).</summary>
    Task DiscardDraftAsync(BotDbContext db, Participant participant, CancellationToken cancellationToken);
}
