namespace Jamsostek.Bot.Privacy;

/// <summary>A NIK typed at the NIK step: the row that counts it, and the refusal when the chat is over the limit.</summary>
public sealed record NikEntryCheck(NikEntry Entry, string? Refusal);
