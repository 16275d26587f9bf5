using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>While <see cref="Down"/>, every database connection fails to open, as when the disk or server is gone.</summary>
internal sealed class DatabaseOutage : DbConnectionInterceptor
{
    private int failuresLeft;

    public bool Down { get; set; }

    /// <summary>The next <paramref name="count"/> openings fail; then the database is back by itself.</summary>
    public void FailNextOpenings(int count) => Volatile.Write(ref failuresLeft, count);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Fails() ? throw new InvalidOperationException("database down (test)") : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Fails() ? throw new InvalidOperationException("database down (test)") : ValueTask.FromResult(result);

    private bool Fails()
    {
        if (Down)
        {
            return true;
        }

        int left;
        do
        {
            left = Volatile.Read(ref failuresLeft);
            if (left <= 0)
            {
                return false;
            }
        }
        while (Interlocked.CompareExchange(ref failuresLeft, left - 1, left) != left);
        return true;
    }
}
