namespace Jamsostek.Bot.Privacy;

/// <summary>A chat that typed more NIKs than allowed: masked contact, regency when known, refusals and the latest one.</summary>
public sealed record NikLimitRow(string Channel, string MaskedContact, string? RegencyCode, int Refusals, DateTimeOffset LastRefusedAt);
