using Jamsostek.Bot.Cli;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

/// <summary><c>db migrate</c>: the migrations ran when the host started; this reports what was done.</summary>
public sealed class DbMigrateCommand(IEnumerable<IHostedService> hostedServices, IOptions<DatabaseOptions> database, TerminalIo io)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var applied = hostedServices.OfType<DatabaseMigrator>().Single().Applied;
        var path = Path.GetFullPath(database.Value.Path);
        await io.Out.WriteLineAsync(applied.Count == 0
            ? $"Database {path} sudah terbaru (up to date)."
            : $"Database {path}: {applied.Count} migrasi diterapkan (applied): {string.Join(", ", applied)}.");
        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }
}
