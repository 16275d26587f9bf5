using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jamsostek.Bot.Data;

/// <summary>The model holds the converters, and they hold the cipher: one model per key ring (one in a running bot).</summary>
internal sealed class CipherModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is BotDbContext bot ? (context.GetType(), bot.Cipher, designTime) : (context.GetType(), designTime);
}
