namespace Jamsostek.Bot.Tests.Officers;

/// <summary>
/// The browser tests run on their own, after the parallel classes: in full runs they twice timed out waiting
/// for a page while other hosts ran beside them (cause not found; see OfficerBrowser's diagnostics), never alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
