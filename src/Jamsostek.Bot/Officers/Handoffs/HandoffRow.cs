namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>One open request to talk to an officer, as the console lists it (the contact already masked).</summary>
public sealed record HandoffRow(long Id, string Channel, string MaskedContact, string? RegencyCode, string Question, DateTimeOffset CreatedAt);
