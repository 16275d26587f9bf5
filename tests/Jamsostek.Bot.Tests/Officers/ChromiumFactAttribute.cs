namespace Jamsostek.Bot.Tests.Officers;

/// <summary>A browser test: skipped, with the reason shown, where Debian's chromium is not installed (CI installs it in .ci/run).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.";
        }
    }
}
