namespace Jamsostek.Bot.Handoffs;

/// <summary>A person asked to talk to an officer.</summary>
public sealed class HandoffRequest
{
    /// <summary>The most a request keeps of what the worker wrote, later additions included.</summary>
    public const int MaxQuestionLength = 1000;

    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    public required string Question { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The officer who marked it handled.</summary>
    public string? ClosedBy { get; set; }
}
