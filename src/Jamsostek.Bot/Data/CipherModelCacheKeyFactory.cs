using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jamsostek.Bot.Data;

/// <summary>The model holds the converters, and they hold the cipher: one model per key ring (one in a running bot).</summary>
internal sealed class CipherModelCacheKeyFactory : IModelCacheKeyFactory
{
    /// <summary>Whether these options already replace EF's model cache key factory with this one.</summary>
    public static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.ReplacedServices?.Any(r => r.Key.Item1 == typeof(IModelCacheKeyFactory) && r.Value == typeof(CipherModelCacheKeyFactory)) == true;

    public object Create(DbContext context, bool designTime) =>
        context is BotDbContext bot ? (context.GetType(), bot.Cipher, designTime) : (context.GetType(), designTime);
}
