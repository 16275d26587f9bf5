using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>One request to talk to an officer, as the console lists it (the contact already masked).</summary>
public sealed record HandoffRow(long Id, string Channel, string MaskedContact, string? RegencyCode, string Question, DateTimeOffset CreatedAt)
{
    /// <summary>The sign-ups made from this chat that the officer may see: who is asking (one phone may register several people).</summary>
    public IReadOnlyList<RelatedSignUp> People { get; init; } = [];

    /// <summary>The last lines of the chat outside any registration, oldest first: what the worker asked before.</summary>
    public IReadOnlyList<HandoffLine> Recent { get; init; } = [];

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosedBy { get; init; }
}
