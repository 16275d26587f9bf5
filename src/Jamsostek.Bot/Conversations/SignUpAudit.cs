using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Conversations;

/// <summary>An audit entry about a sign-up written by the worker's own turn (the actor is their chat).</summary>
internal static class SignUpAudit
{
    public static AuditEntry Entry(DateTimeOffset now, string actor, string action, string reference, object after, object? before = null) => new()
    {
        At = now,
        Actor = actor,
        Action = action,
        EntityType = nameof(SignUp),
        EntityId = reference,
        BeforeJson = before is null ? null : JsonSerializer.Serialize(before),
        AfterJson = JsonSerializer.Serialize(after),
    };
}
