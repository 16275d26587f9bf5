namespace Jamsostek.Bot.Data;

/// <summary>
/// Rows of one entity type updated by ONE statement in the context's transaction, without the change tracker:
/// <c>UPDATE t SET a = v.column2, … FROM (VALUES (@key, @a, …, @token), …) AS v WHERE t.key = v.column1 AND t.token
/// matches v's</c> (SQLite 3.33+ and PostgreSQL both take UPDATE … FROM; a VALUES list's columns are column1, column2, …
/// on both). Written from the model (<see cref="ModelCommand"/>), as <see cref="BatchInsert"/>. Every row sets the same
/// <see cref="Set"/> properties; a row whose token no longer matches (another writer changed it) is left as it is, and
/// the count of rows written tells the caller.
/// </summary>
internal static class BatchUpdate
{
    /// <summary>One row: its key, the new values of the properties set (in their order), and the token it was read with.</summary>
    public readonly record struct Row(object Key, object?[] Values, object? Token);

    /// <summary>The properties every row sets, and the one checked as the row's concurrency token (null: none).</summary>
    public sealed record Set(IReadOnlyList<string> Properties, string? Token);

    public static async Task<int> UpdateAsync<T>(BotDbContext db, Set set, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        foreach (var row in rows)
        {
            if (row.Values.Length != set.Properties.Count)
            {
                throw new ArgumentException("Every row gives one value for each property set.", nameof(rows));
            }
        }

        var shape = new StatementShape(typeof(T), "update", rows.Count, set.Properties, set.Token);
        var command = ModelCommand.For(db, shape, (set, rows.Count), static (command, state) => Write(command, state.set, state.Count));
        var values = new StatementValues(rows.Count * (set.Properties.Count + 2));
        foreach (var row in rows)
        {
            values.Add(row.Key);
            foreach (var value in row.Values)
            {
                values.Add(value);
            }

            if (set.Token is not null)
            {
                values.Add(row.Token);
            }
        }

        return await ModelCommand.ExecuteNonQueryAsync(db, command, values, cancellationToken);
    }

    private static void Write(ModelCommand command, Set set, int rows)
    {
        var properties = set.Properties.Select(p => command.Type.FindProperty(p)!).ToArray();
        var token = set.Token is null ? null : command.Type.FindProperty(set.Token)!;
        var table = command.Table.Name;
        var sql = command.Sql.Append("UPDATE \"").Append(table).Append("\" SET ");
        for (var i = 0; i < properties.Length; i++)
        {
            sql.Append(i == 0 ? string.Empty : ", ");
            command.Column(properties[i]);
            sql.Append(" = v.column").Append(i + 2);
        }

        sql.Append(" FROM (VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            command.Parameter(command.Key);
            for (var i = 0; i < properties.Length; i++)
            {
                sql.Append(", ");
                command.Parameter(properties[i]);
            }

            if (token is not null)
            {
                sql.Append(", ");
                command.Parameter(token);
            }

            sql.Append(')');
        }

        sql.Append(") AS v WHERE \"").Append(table).Append("\".");
        command.Column(command.Key);
        sql.Append(" = v.column1");
        if (token is not null)
        {
            // Equal, or both null: the same test on both providers (SQLite's IS, PostgreSQL's IS NOT DISTINCT FROM).
            var expected = $"v.column{properties.Length + 2}";
            sql.Append(" AND (\"").Append(table).Append("\".");
            command.Column(token);
            sql.Append(" = ").Append(expected).Append(" OR (\"").Append(table).Append("\".");
            command.Column(token);
            sql.Append(" IS NULL AND ").Append(expected).Append(" IS NULL))");
        }
    }
}
