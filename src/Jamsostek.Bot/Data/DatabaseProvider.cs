namespace Jamsostek.Bot.Data;

/// <summary>Setting Database:Provider: which database server the bot keeps its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
