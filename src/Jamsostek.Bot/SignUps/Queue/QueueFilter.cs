namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>The queue's filters, as read from the query string; every one optional. Dates are the worker's local days.</summary>
public sealed record QueueFilter
{
    public string? Regency { get; init; }

    public string? District { get; init; }

    public string? Village { get; init; }

    /// <summary>pending (default), approved, rejected, withdrawn or "semua".</summary>
    public string? Status { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Occupation { get; init; }

    public string? Sponsor { get; init; }

    /// <summary>A name (part of it), a reference (BPU-...) or a 16-digit NIK.</summary>
    public string? Search { get; init; }

    public int Page { get; init; } = 1;
}
