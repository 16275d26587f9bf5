using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Data;

/// <summary>
/// The bot's model on PostgreSQL. A type of its own only so that EF Core keeps a second migrations set
/// (Data/Migrations/Postgres, whose migrations carry [DbContext(typeof(PostgresBotDbContext))]); services still
/// ask for a <see cref="BotDbContext"/> and get this one when Database:Provider is Postgres. Its one constructor takes
/// options of any type (those built for <see cref="BotDbContext"/> included), as EF's context pool requires of a pooled
/// type (<see cref="ProviderDbContextFactory"/>).
/// </summary>
public sealed class PostgresBotDbContext(DbContextOptions options) : BotDbContext(options);
