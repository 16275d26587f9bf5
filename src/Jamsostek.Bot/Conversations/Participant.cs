namespace Jamsostek.Bot.Conversations;

/// <summary>A person as reached on one channel identity.</summary>
public sealed class Participant
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    /// <summary>E.164, e.g. +6281251234567.</summary>
    public string? Phone { get; set; }

    /// <summary>Regency code, e.g. "63.06".</summary>
    public string? RegencyCode { get; set; }

    /// <summary>IANA zone id, e.g. "Asia/Makassar".</summary>
    public string? TimeZone { get; set; }

    public bool Unreachable { get; set; }

    /// <summary>When the person last wrote on this channel (WhatsApp lets free text go only within 24 hours of it).</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    public bool RemindersOptIn { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}
