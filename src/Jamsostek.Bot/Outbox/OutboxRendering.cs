namespace Jamsostek.Bot.Outbox;

/// <summary>
/// What a row becomes on its channel: the parts to send in order, or nothing to send yet because the channel may
/// only reach the person after they write again (<see cref="WaitForInbound"/>).
/// </summary>
public sealed record OutboxRendering(IReadOnlyList<OutboxPart> Parts, bool WaitForInbound = false)
{
    public static OutboxRendering Of(IReadOnlyList<OutboxPart> parts) => new(parts);

    public static OutboxRendering HoldUntilInbound { get; } = new([], WaitForInbound: true);
}
