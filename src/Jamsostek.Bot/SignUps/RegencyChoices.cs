using Jamsostek.Bpu;
using Jamsostek.Bot.SignUps.Queue;

namespace Jamsostek.Bot.SignUps;

/// <summary>The regencies of an officer's scope for a drop-down (an admin: those with sign-ups), by name.</summary>
public sealed class RegencyChoices(SignUpQueue queue, RegionCatalog regions)
{
    public async Task<IReadOnlyList<RegencyChoice>> ForAsync(OfficerScope scope, CancellationToken cancellationToken = default)
    {
        var codes = scope.AllRegencies ? await queue.RegenciesAsync(scope, cancellationToken) : scope.Regencies;
        return [.. codes.Select(c => new RegencyChoice(c, Name(c), WorkerZone.Of(c).Abbreviation)).OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    public string Name(string code) => regions.FindRegency(code)?.DisplayName ?? code;
}
