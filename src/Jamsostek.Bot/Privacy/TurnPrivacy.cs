using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;

namespace Jamsostek.Bot.Privacy;

/// <summary>The turn's privacy steps: the NIK entry limit, erasure and a discarded draft.</summary>
internal sealed class TurnPrivacy(NikEntryLimit nikLimit) : ITurnPrivacy
{
    public Task<NikEntryCheck?> CheckNikEntryAsync(BotDbContext db, InboundMessage message, string? stepBefore, DateTimeOffset now, CancellationToken cancellationToken) =>
        nikLimit.CheckAsync(db, message, stepBefore, now, cancellationToken);

    public Task EraseAsync(BotDbContext db, Participant participant, string actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        PersonalDataEraser.EraseAsync(db, participant, actor, now, cancellationToken);

    public Task DiscardDraftAsync(BotDbContext db, Participant participant, CancellationToken cancellationToken) =>
        DraftDiscarder.DiscardAsync(db, participant, cancellationToken);
}
