namespace Jamsostek.Bot.Health;

/// <summary>The names of the readiness checks as they appear in the /readyz body.</summary>
public static class HealthCheckNames
{
    public const string Database = "database";
    public const string Migrations = "migrations";
    public const string Jobs = "jobs";
    public const string Channels = "channels";
}
