using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Data;

/// <summary>Settings under "Database". <c>--db PATH</c> sets <see cref="Path"/>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file; its folder is created if missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "./data/jamsostek.db";

    public string ConnectionString() =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(Path) }.ToString();
}
