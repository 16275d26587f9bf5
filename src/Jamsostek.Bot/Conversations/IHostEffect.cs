using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Conversations;

/// <summary>An effect a room beside the engine adds to a turn (<see cref="ITurnInterceptor"/>): applied in the turn's transaction.</summary>
public interface IHostEffect
{
    /// <returns>What the chat is told besides the turn's replies.</returns>
    Task<IReadOnlyList<string>> ApplyAsync(BotDbContext db, Participant participant, DateTimeOffset now, string? session, CancellationToken cancellationToken);
}
