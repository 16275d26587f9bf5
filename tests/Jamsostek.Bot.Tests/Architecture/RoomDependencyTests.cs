using System.Text.RegularExpressions;

namespace Jamsostek.Bot.Tests.Architecture;

/// <summary>
/// The rooms (top folders) of a project depend on each other one way (docs/architecture.md, "Which room may use
/// which"). A source scan, comments and strings left out: a room uses another when it names that room's namespace,
/// in a using or qualified. Files beside Program.cs are the composition and may use every room. Data/ is not counted
/// as a user: its one DbContext maps every room's entities and encrypts their fields, and every room uses it.
/// </summary>
public sealed partial class RoomDependencyTests
{
    /// <summary>Pairs that still use each other both ways, each with the file that makes the way back.</summary>
    private static readonly Dictionary<string, string[]> LoopsStillOpen = new(StringComparer.Ordinal)
    {
        ["Jamsostek.Bot"] = [],
        ["Jamsostek.Dialogs"] = [],
    };

    [Theory]
    [InlineData("Jamsostek.Bot", "Privacy", "Conversations")] // the turn calls Privacy through ITurnPrivacy
    [InlineData("Jamsostek.Bot", "SignUps", "Cli")] // verbs use the plumbing; `--status` values are Cli's own
    [InlineData("Jamsostek.Bot", "Payments", "Members")] // a member's terms are the member's own
    [InlineData("Jamsostek.Bot", "Officers", "Privacy")] // the masked contact is Shared's
    [InlineData("Jamsostek.Bot", "Officers", "Members")]
    [InlineData("Jamsostek.Bot", "Channels", "Conversations")]
    [InlineData("Jamsostek.Bot", "Agents", "Conversations")] // the turn runs Agents/ through ITurnInterceptor and IHostEffect
    [InlineData("Jamsostek.Bot", "Agents", "SignUps")]
    [InlineData("Jamsostek.Bot", "Officers", "SignUps")]
    [InlineData("Jamsostek.Bot", "Conversations", "SignUps")] // the turn writes sign-ups; channel names and the texts' folder are Shared's
    [InlineData("Jamsostek.Bot", "Conversations", "Reminders")] // the turn reads RemindersOptions; Reminders loads its texts from Shared's DialogsOptions
    [InlineData("Jamsostek.Bot", "Reminders", "SignUps")] // the invitations' daytime window is Shared's ReminderWindow
    [InlineData("Jamsostek.Bot", "Members", "SignUps")] // the approval adds the member itself (SignUps/Decisions/MemberFromSignUp)
    [InlineData("Jamsostek.Bot", "Privacy", "SignUps")] // the field cipher is Data's (Data/Encryption)
    [InlineData("Jamsostek.Dialogs", "Answers", "Engine")] // the menu's "Cek status" through ISignUpStatusTeller
    [InlineData("Jamsostek.Dialogs", "Engine", "Flows")] // the menu's flow id is the catalogue's
    public void InnerRoom_DoesNotUseOuterRoom_WhenTheOuterUsesIt(string project, string outer, string inner)
    {
        var uses = Uses(project);

        Assert.True(uses.ContainsKey((outer, inner)), $"{outer} no longer uses {inner}: update this list and docs/architecture.md");
        Assert.False(uses.TryGetValue((inner, outer), out var files), $"{inner} uses {outer} in {string.Join(", ", files ?? [])}");
    }

    [Theory]
    [InlineData("Cli")] // parsing and console streams; the --db setting is mapped beside Program.cs (Data's name)
    [InlineData("Shared")] // CSV, masking, channel names, the dialogs folder and its YAML, the daytime window
    public void PlumbingRoom_UsesNoOtherRoom_WhenEveryRoomMayUseIt(string plumbing)
    {
        var uses = Uses("Jamsostek.Bot");

        Assert.Empty(uses.Where(u => u.Key.User == plumbing).Select(u => $"{u.Key.Used}: {string.Join(", ", u.Value)}"));
    }

    [Theory]
    [InlineData("Jamsostek.Bot")]
    [InlineData("Jamsostek.Dialogs")]
    public void Rooms_UseEachOtherOneWay_ExceptTheLoopsStillOpen(string project)
    {
        var uses = Uses(project);

        var loops = uses.Keys
            .Where(k => string.CompareOrdinal(k.User, k.Used) < 0 && uses.ContainsKey((k.Used, k.User)))
            .Select(k => $"{k.User} <-> {k.Used}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(LoopsStillOpen[project].SequenceEqual(loops), $"loops now: {string.Join(" | ", loops)}");
    }

    /// <summary>(user room, used room) → the user's files that name the used room.</summary>
    private static Dictionary<(string User, string Used), List<string>> Uses(string project)
    {
        var root = Path.Combine(RepoRoot(), "src", project);
        var rooms = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not ("bin" or "obj" or "wwwroot")).ToHashSet(StringComparer.Ordinal);
        var qualified = new Regex(Regex.Escape(project) + @"\.(\w+)");
        var bare = new Regex(@"(?<![\w.])(" + string.Join('|', rooms) + @")\.[A-Z]");
        var uses = new Dictionary<(string, string), List<string>>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var room = relative.Split('/')[0];
            if (!rooms.Contains(room) || room is "Data" || relative.StartsWith("Data/", StringComparison.Ordinal) || room is "bin" or "obj")
            {
                continue;
            }

            var code = CommentsAndStrings().Replace(File.ReadAllText(file), " ");
            var named = qualified.Matches(code).Concat(bare.Matches(code)).Select(m => m.Groups[1].Value);
            foreach (var used in named.Where(n => rooms.Contains(n) && n != room).Distinct(StringComparer.Ordinal))
            {
                (uses.TryGetValue((room, used), out var list) ? list : uses[(room, used)] = []).Add(relative);
            }
        }

        return uses;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Jamsostek.Bot.sln not found above the test's folder");
    }

    [GeneratedRegex(@"//[^\n]*|/\*[\s\S]*?\*/|""""""[\s\S]*?""""""|@""(?:[^""]|"""")*""|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'")]
    private static partial Regex CommentsAndStrings();
}
