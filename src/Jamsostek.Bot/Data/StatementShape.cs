namespace Jamsostek.Bot.Data;

/// <summary>
/// What decides a <see cref="ModelCommand"/> statement's text and parameters: the entity, the kind of statement, how many
/// rows, and for an update the properties set and the token checked (compared by content).
/// </summary>
internal readonly struct StatementShape(Type entity, string kind, int rows, IReadOnlyList<string>? properties = null, string? token = null)
    : IEquatable<StatementShape>
{
    public Type Entity { get; } = entity;

    public string Kind { get; } = kind;

    public int Rows { get; } = rows;

    public IReadOnlyList<string>? Properties { get; } = properties;

    public string? Token { get; } = token;

    /// <summary>The same shape holding its own copy of the properties: a kept key must not change with a caller's list.</summary>
    public StatementShape Frozen() => new(Entity, Kind, Rows, Properties is null ? null : [.. Properties], Token);

    public bool Equals(StatementShape other) =>
        Entity == other.Entity && Rows == other.Rows && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
        && string.Equals(Token, other.Token, StringComparison.Ordinal) && SameProperties(Properties, other.Properties);

    public override bool Equals(object? obj) => obj is StatementShape other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Entity, Kind, Rows, Token, Properties?.Count ?? -1, Properties is { Count: > 0 } p ? p[0] : null);

    private static bool SameProperties(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
