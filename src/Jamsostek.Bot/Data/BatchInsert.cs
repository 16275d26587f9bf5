using System.Globalization;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Rows of one entity type inserted by ONE multi-row <c>INSERT … VALUES (…), (…)</c> in the context's transaction,
/// without the change tracker (issue 12: EF's SQLite provider sends one command a row), written from the model
/// (<see cref="ModelCommand"/>). Every mapped column but the generated key is written; with <c>returnIds</c> the keys
/// come back ascending, the order the rows were given in.
/// </summary>
internal static class BatchInsert
{
    public static async Task<long[]> InsertAsync<T>(BotDbContext db, IReadOnlyList<T> rows, bool returnIds, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var command = new ModelCommand(db, typeof(T));
        var columns = command.Type.GetProperties().Where(p => p != command.Key).ToArray();
        command.Sql.Append("INSERT INTO \"").Append(command.Table.Name).Append("\" (");
        for (var c = 0; c < columns.Length; c++)
        {
            command.Sql.Append(c == 0 ? string.Empty : ", ");
            command.Column(columns[c]);
        }

        command.Sql.Append(") VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            command.Sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                command.Sql.Append(c == 0 ? string.Empty : ", ");
                command.Value(columns[c], columns[c].GetGetter().GetClrValue(rows[r]));
            }

            command.Sql.Append(')');
        }

        if (!returnIds)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return [];
        }

        command.Sql.Append(" RETURNING ");
        command.Column(command.Key);
        var ids = new List<long>(rows.Count);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(Convert.ToInt64(reader.DbDataReader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        ids.Sort();
        return [.. ids];
    }
}
