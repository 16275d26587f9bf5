using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Outbox;

/// <summary>A channel's half that decides what a row looks like there (buttons, lists, split texts, templates).</summary>
public interface IOutboxRenderer
{
    string Channel { get; }

    /// <summary>Renders <paramref name="row"/>; <paramref name="db"/> is there to look at the chat's earlier rows or the person.</summary>
    Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken);
}
