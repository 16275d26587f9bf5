using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Rows of one entity type inserted by ONE multi-row <c>INSERT … VALUES (…), (…)</c> in the context's transaction,
/// without the change tracker (issue 12: EF's SQLite provider sends one command a row). Table, columns and every value
/// conversion (UTC ticks, encrypted text) come from the EF model's type mappings, so the SQL is the same on SQLite and
/// PostgreSQL; the command goes through EF's command pipeline (its interceptors and log see it). Every mapped column but
/// the generated key is written; with <c>returnIds</c> the keys come back ascending, the order the rows were given in.
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

        var type = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties[0];
        var columns = type.GetProperties().Where(p => p != key).ToArray();

        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
        var values = new Dictionary<string, object?>(rows.Count * columns.Length);
        var sql = new StringBuilder()
            .Append("INSERT INTO \"").Append(table.Name).Append("\" (")
            .AppendJoin(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))
            .Append(") VALUES ");
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"r{r}c{c}");
                sql.Append(c == 0 ? "@" : ", @").Append(name);
                // The type mapping converts the value (UTC ticks, encryption) and types the parameter for the provider.
                builder.AddParameter(name, "@" + name, columns[c].GetRelationalTypeMapping(), columns[c].IsNullable);
                values[name] = columns[c].GetGetter().GetClrValue(rows[r]);
            }

            sql.Append(')');
        }

        if (returnIds)
        {
            sql.Append(" RETURNING \"").Append(key.GetColumnName(table)).Append('"');
        }

        var command = builder.Append(sql.ToString()).Build();
        var parameters = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), values, readerColumns: null, db, db.GetService<IRelationalCommandDiagnosticsLogger>());
        if (!returnIds)
        {
            await command.ExecuteNonQueryAsync(parameters, cancellationToken);
            return [];
        }

        var ids = new List<long>(rows.Count);
        await using (var reader = await command.ExecuteReaderAsync(parameters, cancellationToken))
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
