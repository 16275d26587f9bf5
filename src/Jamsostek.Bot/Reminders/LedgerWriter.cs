using System.Data.Common;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// Writes ledger rows and their outbox messages with two prepared INSERT … RETURNING commands in one transaction:
/// a planning pass may queue hundreds of thousands, and the change tracker costs more than the database. Table and
/// column names and value conversions (UTC ticks, whole rupiah on SQLite) come from the EF model, so the SQL is the
/// same on SQLite and PostgreSQL.
/// </summary>
internal static class LedgerWriter
{
    public static async Task WriteAsync(BotDbContext db, IReadOnlyList<(Reminder Reminder, OutboxMessage Message)> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var outbox = Insert(db, connection, transaction, typeof(OutboxMessage),
            [nameof(OutboxMessage.Channel), nameof(OutboxMessage.ChatId), nameof(OutboxMessage.Text), nameof(OutboxMessage.ChoicesJson),
             nameof(OutboxMessage.RequestContact), nameof(OutboxMessage.CreatedAt), nameof(OutboxMessage.Attempts), nameof(OutboxMessage.PartsSent),
             nameof(OutboxMessage.NoticeKind), nameof(OutboxMessage.NoticeParametersJson)]);
        await using var ledger = Insert(db, connection, transaction, typeof(Reminder),
            [nameof(Reminder.MemberId), nameof(Reminder.ContributionMonth), nameof(Reminder.Kind), nameof(Reminder.DueDate),
             nameof(Reminder.Amount), nameof(Reminder.SendAt), nameof(Reminder.OutboxMessageId)]);
        foreach (var (reminder, message) in rows)
        {
            Set(outbox, message.Channel, message.ChatId, message.Text, message.ChoicesJson, message.RequestContact, message.CreatedAt, 0, 0,
                message.NoticeKind, message.NoticeParametersJson);
            var outboxId = Convert.ToInt64(await outbox.Command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            Set(ledger, reminder.MemberId, reminder.ContributionMonth, reminder.Kind, reminder.DueDate, reminder.Amount, reminder.SendAt, outboxId);
            await ledger.Command.ExecuteScalarAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static PreparedInsert Insert(BotDbContext db, DbConnection connection, IDbContextTransaction transaction, Type entity, string[] properties)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = properties.Select(p => type.FindProperty(p)!).ToArray();
        var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        var parameters = columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) "
            + $"VALUES ({string.Join(", ", parameters)}) RETURNING \"{type.FindPrimaryKey()!.Properties[0].GetColumnName(table)}\"";
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return new PreparedInsert(command, columns.Select(c => c.GetTypeMapping().Converter).ToArray());
    }

    private static void Set(PreparedInsert insert, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var converter = insert.Converters[i];
            insert.Command.Parameters[i].Value = (converter is null ? values[i] : converter.ConvertToProvider(values[i])) ?? DBNull.Value;
        }
    }

    private sealed record PreparedInsert(DbCommand Command, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?[] Converters) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }
}
