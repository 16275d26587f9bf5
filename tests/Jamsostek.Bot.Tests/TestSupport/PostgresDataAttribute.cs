using System.Reflection;
using Xunit.Sdk;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// Theory data: the PostgreSQL case of a test that runs on both providers (<c>[Theory, SqliteData, PostgresData]</c>);
/// without JAMSOSTEK_TEST_PG this case is skipped and says why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (PostgresServer.ConnectionString is null)
        {
            Skip = PostgresServer.SkipReason;
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDb.Postgres]];
}
