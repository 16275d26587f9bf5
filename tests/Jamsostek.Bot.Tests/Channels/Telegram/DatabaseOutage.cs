using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

/// <summary>While <see cref="Down"/>, every database connection fails to open, as when the disk or server is gone.</summary>
internal sealed class DatabaseOutage : DbConnectionInterceptor
{
    public bool Down { get; set; }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Down ? throw new InvalidOperationException("database down (test)") : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Down ? throw new InvalidOperationException("database down (test)") : ValueTask.FromResult(result);
}
