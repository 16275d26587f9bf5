namespace Jamsostek.Bot.SignUps.Sponsors;

public static class SponsorsServiceCollectionExtensions
{
    /// <summary>Sponsor programmes: the beneficiary-list import (console and CLI).</summary>
    public static IServiceCollection AddSponsors(this IServiceCollection services)
    {
        services.AddSingleton<SponsorRowChecks>();
        services.AddSingleton<SponsorImport>();
        services.AddSingleton<SponsorStatement>();
        services.AddSingleton<SponsorCoverage>();
        services.AddMemoryCache(); // the console's corrected-file downloads
        return services;
    }
}
