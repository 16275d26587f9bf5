namespace Jamsostek.Bot.Conversations;

/// <summary>
/// A NIK typed at the NIK step (<see cref="ITurnPrivacy.CheckNikEntryAsync"/>): the row that counts it, added with the
/// turn's writes (Privacy's entity, so the turn does not depend on Privacy), and the refusal when the chat is over the limit.
/// </summary>
public sealed record NikEntryCheck(object Row, string? Refusal);
