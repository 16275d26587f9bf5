using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// A room that answers some messages before (or around) the dialog engine: Agents/ (an agent's chat, a worker's
/// confirmation). It is registered by that room and read here through this seam, so the dependency runs from the room
/// to Conversations, never back. Called in the read phase of the turn (no tracking, no writes): what must be written
/// goes as effects implementing <see cref="IHostEffect"/>, applied inside the turn's transaction.
/// </summary>
public interface ITurnInterceptor
{
    /// <param name="engine">The engine for this turn, to run on the state and input given (possibly changed).</param>
    /// <returns>The turn's result: the engine's own when the message is not this room's.</returns>
    Task<TurnResult> HandleAsync(BotDbContext db, InboundMessage message, ConversationState state, Func<ConversationState, InboundInput, TurnResult> engine, CancellationToken cancellationToken);
}
