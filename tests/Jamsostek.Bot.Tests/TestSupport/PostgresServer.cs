namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests may use: JAMSOSTEK_TEST_PG, a connection string whose user may create and drop
/// databases (each test makes its own). Unset: the PostgreSQL tests are skipped and say why; everything else runs.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "JAMSOSTEK_TEST_PG";

    public const string SkipReason = "PostgreSQL tests skipped: " + Variable + " is not set (a connection string to a server where "
        + "the tests may create and drop databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres; .ci/run sets it).";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
