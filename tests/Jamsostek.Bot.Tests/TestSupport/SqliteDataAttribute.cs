using System.Reflection;
using Xunit.Sdk;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>Theory data: the SQLite case of a test that runs on both providers (<c>[Theory, SqliteData, PostgresData]</c>, parameter <c>string provider</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[TestDb.Sqlite]];
}
