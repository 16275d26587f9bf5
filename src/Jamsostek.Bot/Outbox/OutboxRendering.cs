namespace Jamsostek.Bot.Outbox;

/// <summary>
/// What a row becomes on its channel: the parts to send in order, or nothing to send yet because the channel may
/// only reach the person after they write again (<see cref="WaitForInbound"/>). <see cref="Announces"/>: the parts only
/// announce the row (a template saying "reply to read it"); once they went, the row itself waits for the person's answer.
/// </summary>
public sealed record OutboxRendering(IReadOnlyList<OutboxPart> Parts, bool WaitForInbound = false, bool Announces = false)
{
    public static OutboxRendering Of(IReadOnlyList<OutboxPart> parts) => new(parts);

    public static OutboxRendering Announcement(IReadOnlyList<OutboxPart> parts) => new(parts, Announces: true);

    public static OutboxRendering HoldUntilInbound { get; } = new([], WaitForInbound: true);
}
