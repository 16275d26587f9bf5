namespace Jamsostek.Bot.Shared;

/// <summary>Settings under "Dialogs": where the flows (YAML) live.</summary>
public sealed class DialogsOptions
{
    public const string Section = "Dialogs";

    /// <summary>The dialogs folder. Empty: the nearest "dialogs" folder above the working directory, else above the binary.</summary>
    public string? Path { get; set; }

    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        return FindUpwards(Directory.GetCurrentDirectory())
            ?? FindUpwards(AppContext.BaseDirectory)
            ?? System.IO.Path.GetFullPath("dialogs");
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "dialogs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
