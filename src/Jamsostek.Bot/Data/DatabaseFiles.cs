namespace Jamsostek.Bot.Data;

/// <summary>
/// The database holds NIKs, birth dates and addresses: on Unix its folder (when the bot creates it) is 0700 and the
/// file 0600, readable by the service user only. SQLite gives its -wal and -shm files the mode of the database file;
/// an existing database (and its -wal/-shm) is tightened to 0600 at start. An existing folder is left as it is: it
/// may be shared (/var/lib, a home directory), and the files in it are closed anyway.
/// </summary>
public static class DatabaseFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Prepare(string path)
    {
        var file = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(file);
        if (OperatingSystem.IsWindows())
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return;
        }

        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
        }

        if (!File.Exists(file))
        {
            try
            {
                // An empty file is an empty SQLite database: created here so it never exists with the umask's mode.
                using var created = new FileStream(file, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode });
            }
            catch (IOException) when (File.Exists(file))
            {
                // created by another process in between: tightened below
            }
        }

        foreach (var each in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(each) && File.GetUnixFileMode(each) != FileMode)
            {
                File.SetUnixFileMode(each, FileMode);
            }
        }
    }
}
