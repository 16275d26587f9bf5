using System.Text.Json;

namespace Jamsostek.Bot.Audit;

/// <summary>Append-only record of who did what to which entity, and when.</summary>
public sealed class AuditEntry
{
    /// <summary>What erased personal data reads as; the only edit an audit entry accepts is a snapshot value replaced by it.</summary>
    public const string Redacted = "[dihapus]";

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? BeforeJson { get; set; }

    public string? AfterJson { get; set; }

    /// <summary>An entry with its snapshots serialised: the one way the program writes the audit.</summary>
    public static AuditEntry Of(DateTimeOffset at, string actor, string action, string entityType, string entityId, object after, object? before = null) => new()
    {
        At = at,
        Actor = actor,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        BeforeJson = before is null ? null : JsonSerializer.Serialize(before),
        AfterJson = JsonSerializer.Serialize(after),
    };
}
