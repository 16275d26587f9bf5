using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Settings under "Database" (<c>--db PATH</c> sets <see cref="Path"/>), and the connection string
/// <c>ConnectionStrings:Default</c>, which PostgreSQL needs and SQLite does not read.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Sqlite (default, nothing to configure) or Postgres (then ConnectionStrings:Default); read as text so that a wrong
    /// value stops the start with <see cref="Problem"/>'s message rather than a conversion error.
    /// </summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The SQLite file; its folder is created if missing. On PostgreSQL only the key file's default folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "./data/jamsostek.db";

    /// <summary>ConnectionStrings:Default, copied here at binding (PostgreSQL only); not a setting of its own, so not bound.</summary>
    public string? ConnectionStringSetting { get; internal set; }

    public bool IsPostgres => string.Equals(Provider, nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase);

    public string ConnectionString() => IsPostgres
        ? ConnectionStringSetting!
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(Path) }.ToString();

    /// <summary>Start-up check: null when the settings can be used, else what to fix (for the operator).</summary>
    public string? Problem()
    {
        if (!Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out _) || int.TryParse(Provider, out _))
        {
            return "Database:Provider must be Sqlite or Postgres (environment Database__Provider).";
        }

        if (!IsPostgres)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(ConnectionStringSetting))
        {
            return "Database:Provider is Postgres but ConnectionStrings:Default is empty: set it (environment ConnectionStrings__Default), e.g. "
                + "\"Host=db;Port=5432;Database=jamsostek;Username=jamsostek;Password=…\".";
        }

        try
        {
            var parsed = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionStringSetting);
            return string.IsNullOrEmpty(parsed.Host) || string.IsNullOrEmpty(parsed.Database)
                ? "ConnectionStrings:Default must name the PostgreSQL server and database (Host=…;Database=…)."
                : null;
        }
        catch (ArgumentException)
        {
            // Not the exception's text: it could quote a value, and the string holds the password.
            return "ConnectionStrings:Default is not a PostgreSQL connection string (an unknown keyword or a malformed value).";
        }
    }
}
