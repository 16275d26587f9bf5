using System.Data.Common;
using System.Runtime.CompilerServices;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

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
    /// <summary>The update that sets every column of the conversation, worked out once per model.</summary>
    private static readonly ConditionalWeakTable<IEntityType, BatchUpdate.Set> WholeRow = [];

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

        // The whole row, as EF writes a conversation marked Modified, checked against the Version read (BatchUpdate's token).
        var type = db.Model.FindEntityType(typeof(Conversation))!;
        var columns = ModelCommand.WrittenColumns(type);
        var set = WholeRow.GetValue(type, static t => new([.. ModelCommand.WrittenColumns(t).Select(p => p.Name)], nameof(Conversation.Version)));
        var read = conversation.Version;
        conversation.Version = ConcurrencyToken.Next();
        var row = new BatchUpdate.Row(conversation.Id, [.. columns.Select(p => p.GetGetter().GetClrValue(conversation))], read);
        if (await BatchUpdate.UpdateAsync<Conversation>(db, set, [row], cancellationToken) != 1)
        {
            conversation.Version = read;
            throw new DbUpdateConcurrencyException("The conversation was written by another process since it was read.");
        }
    }
}
