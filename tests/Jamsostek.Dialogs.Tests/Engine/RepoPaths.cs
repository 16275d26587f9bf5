namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Finds the repository's folders from the test binary, so tests read the real dialogs/.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Jamsostek.Bot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Dialogs => Path.Combine(Root, "dialogs");
}
