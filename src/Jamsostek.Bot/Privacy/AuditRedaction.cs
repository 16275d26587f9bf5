using System.Text.Json.Nodes;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Privacy;

/// <summary>Erasure inside an audit snapshot: named fields become "[dihapus]", whatever they held.</summary>
public static class AuditRedaction
{
    /// <summary>The JSON object with those fields (when present and not empty) replaced; other JSON unchanged.</summary>
    public static string? Fields(string? json, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonObject snapshot)
        {
            return json;
        }

        var changed = false;
        foreach (var field in fields)
        {
            if (snapshot[field] is JsonValue value && value.ToString() is { Length: > 0 } text && text != AuditEntry.Redacted)
            {
                snapshot[field] = AuditEntry.Redacted;
                changed = true;
            }
        }

        return changed ? snapshot.ToJsonString() : json;
    }
}
