using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

/// <summary>
/// The bot's model on PostgreSQL. A type of its own only so that EF Core keeps a second migrations set
/// (Data/Migrations/Postgres, whose migrations carry [DbContext(typeof(PostgresBotDbContext))]); services still
/// ask for a <see cref="BotDbContext"/> and get this one when Database:Provider is Postgres.
/// </summary>
public sealed class PostgresBotDbContext(DbContextOptions<BotDbContext> options) : BotDbContext(options);
