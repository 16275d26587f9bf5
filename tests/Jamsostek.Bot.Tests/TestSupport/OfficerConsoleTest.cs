using Jamsostek.Bot.Officers;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>
/// The set-up the console's page tests share: a fresh serve host on its own database with "rina" (petugas of
/// Kab. Hulu Sungai Selatan, 63.06, WITA) and, unless <paramref name="withAdmin"/> is false, "boss" (admin).
/// </summary>
public abstract class OfficerConsoleTest(bool withAdmin = true) : IAsyncLifetime
{
    protected OfficerWebFactory Factory { get; } = new();

    public virtual async Task InitializeAsync()
    {
        await Factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        if (withAdmin)
        {
            await Factory.AddOfficerAsync("boss", OfficerRoles.Admin);
        }
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
