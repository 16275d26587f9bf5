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

    /// <summary>"Perlu diperiksa": only sign-ups with at least one failed automatic check.</summary>
    public bool NeedsLook { get; init; }

    /// <summary>"lama" (oldest first, the default) or "peringatan" (most failed checks first, then oldest).</summary>
    public string? Sort { get; init; }

    public bool WarningsFirst => Sort == "peringatan";

    /// <summary>The zone the days are read in (<see cref="WorkerZone.ForFilter"/>); null: the chosen regency's, else WIB.</summary>
    public Jamsostek.Bpu.IndonesianTimeZone? Zone { get; init; }
}
