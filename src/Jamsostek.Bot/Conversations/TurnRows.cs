using System.Data.Common;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// The common turn's two writes without the change tracker (issue 12: <c>SaveChanges</c> for them was ~9% of a turn's
/// CPU): the dedupe mark inserted, and the conversation updated whole only if its Version is still the one it was read
/// with, a new Version written with it. The errors are EF's, so <see cref="TurnProcessor"/> reads them as before: a
/// unique violation on the mark (the message handled meanwhile elsewhere) as a <see cref="DbUpdateException"/>, a changed
/// Version as a <see cref="DbUpdateConcurrencyException"/>; both make the turn run again.
/// </summary>
internal static class TurnRows
{
    public static async Task WriteAsync(BotDbContext db, ProcessedMessage mark, Conversation conversation, CancellationToken cancellationToken)
    {
        try
        {
            await BatchInsert.InsertAsync(db, [mark], returnIds: false, cancellationToken);
        }
        catch (DbException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new DbUpdateException("The message was handled meanwhile.", ex);
        }

        var read = conversation.Version;
        conversation.Version = ConcurrencyToken.Next();
        var command = new ModelCommand(db, typeof(Conversation));
        command.Sql.Append("UPDATE \"").Append(command.Table.Name).Append("\" SET ");
        var separator = string.Empty;
        foreach (var property in command.Type.GetProperties())
        {
            if (property != command.Key)
            {
                command.Sql.Append(separator);
                command.Column(property).Sql.Append(" = ");
                command.Value(property, property.GetGetter().GetClrValue(conversation));
                separator = ", ";
            }
        }

        var version = command.Type.FindProperty(nameof(Conversation.Version))!;
        command.Sql.Append(" WHERE ");
        command.Column(command.Key).Sql.Append(" = ");
        command.Value(command.Key, conversation.Id);
        command.Sql.Append(" AND ");
        command.Column(version).Sql.Append(" = ");
        command.Value(version, read);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            conversation.Version = read;
            throw new DbUpdateConcurrencyException("The conversation was written by another process since it was read.");
        }
    }
}
