using Microsoft.EntityFrameworkCore.Metadata;

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

        var columns = ModelCommand.WrittenColumns(db.Model.FindEntityType(typeof(T))!);
        var shape = new StatementShape(typeof(T), returnIds ? "insert returning" : "insert", rows.Count);
        var command = ModelCommand.For(db, shape, (columns, rows.Count, returnIds), static (command, state) => Write(command, state.columns, state.Count, state.returnIds));
        var values = new StatementValues(rows.Count * columns.Length);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                values.Add(columns[c].GetGetter().GetClrValue(rows[r]));
            }
        }

        if (!returnIds)
        {
            await ModelCommand.ExecuteNonQueryAsync(db, command, values, cancellationToken);
            return [];
        }

        var ids = await ModelCommand.ReadNumbersAsync(db, command, values, cancellationToken);
        ids.Sort();
        return [.. ids];
    }

    private static void Write(ModelCommand command, IProperty[] columns, int rows, bool returnIds)
    {
        command.Sql.Append("INSERT INTO \"").Append(command.Table.Name).Append("\" (");
        for (var c = 0; c < columns.Length; c++)
        {
            command.Sql.Append(c == 0 ? string.Empty : ", ");
            command.Column(columns[c]);
        }

        command.Sql.Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            command.Sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                command.Sql.Append(c == 0 ? string.Empty : ", ");
                command.Parameter(columns[c]);
            }

            command.Sql.Append(')');
        }

        if (returnIds)
        {
            command.Sql.Append(" RETURNING ");
            command.Column(command.Key);
        }
    }
}
