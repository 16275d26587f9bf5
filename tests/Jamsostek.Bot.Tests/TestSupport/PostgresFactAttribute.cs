namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A fact that needs the PostgreSQL server of JAMSOSTEK_TEST_PG: skipped, with the reason, when it is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.SkipReason;
        }
    }
}
