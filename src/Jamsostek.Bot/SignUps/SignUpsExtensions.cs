using Jamsostek.Bot.SignUps.Coverage;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.SignUps.Exports;
using Jamsostek.Bot.SignUps.Queue;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.SignUps;

public static class SignUpsExtensions
{
    /// <summary>
    /// The sign-up room's services: the queue, checks, decisions, exports and coverage, used by the console's pages
    /// and by the CLI verbs alike. The decisions poke the outbox's signal, so <c>AddOutbox</c> must be called too.
    /// </summary>
    public static IHostApplicationBuilder AddSignUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignUps();
        return builder;
    }

    /// <summary>The same services on a bare collection (a test host that adds them to another host's).</summary>
    public static IServiceCollection AddSignUps(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => RegionCatalog.LoadEmbedded());
        services.TryAddSingleton(BpuRules.TariffOptions.FromSettings);
        services.TryAddSingleton(provider => new NikParser(provider.GetRequiredService<RegionCatalog>()));
        services.TryAddSingleton(provider => new EligibilityRules(provider.GetRequiredService<IOptions<EligibilityOptions>>().Value));
        services.TryAddSingleton<SignUpDecisions>();
        services.TryAddSingleton<SignUpChecks>();
        services.TryAddSingleton<SignUpQueue>();
        services.TryAddSingleton<RegencyChoices>();
        services.TryAddSingleton<ApprovedExport>();
        services.TryAddSingleton<CoverageReport>();
        services.TryAddSingleton<AnswerLabels>();
        services.AddSponsors();
        return services;
    }
}
