using Microsoft.Data.Sqlite;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A fresh folder under /tmp with a SQLite path in it; deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "jamsostek-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "bot.db");
    }

    public string Folder { get; }

    public string DbPath { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a process still holding the file: the OS temp cleaner will get it
        }
    }
}
