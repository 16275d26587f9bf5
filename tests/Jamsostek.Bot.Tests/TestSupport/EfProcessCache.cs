using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// EF's memory cache is the process's, shared by every context on the same EF services: it holds each model and the
/// compiled plan of each query. A bot process has one host and one model. The test process has hundreds of hosts, each
/// with its own field cipher and so its own model; the dead hosts' models (high priority, a tenth of the cache each)
/// fill it, and a live host's query plans are then evicted and compiled again on every execution.
/// </summary>
public static class EfProcessCache
{
    /// <summary>Empties the cache, as a fresh bot process has it. Call before the host under test starts.</summary>
    public static int Clear(TestDb database)
    {
        using var context = database.Context();
        var cache = (MemoryCache)context.GetService<IMemoryCache>();
        var entries = cache.Count;
        cache.Compact(1.0);
        return entries;
    }
}
