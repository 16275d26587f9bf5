using Jamsostek.Bpu;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jamsostek.Bot.BpuRules;

public static class BpuRulesServiceCollectionExtensions
{
    /// <summary>
    /// The programme rules in force, each registered once here: the tariff and the holiday calendar (built in, or an
    /// officer's own file), the contribution schedule over both, and the region catalog. Loaded on first use;
    /// <see cref="Conversations.EngineStartupCheck"/> loads them at start-up so that a bad file stops the start.
    /// </summary>
    public static IServiceCollection AddBpuRules(this IServiceCollection services)
    {
        services.AddOptions<TariffOptions>().BindConfiguration(TariffOptions.Section);
        services.TryAddSingleton(TariffOptions.FromSettings);
        services.AddOptions<HolidaysOptions>().BindConfiguration(HolidaysOptions.Section);
        services.TryAddSingleton(HolidaysOptions.FromSettings);
        services.TryAddSingleton(s => new ContributionSchedule(s.GetRequiredService<Tariff>(), s.GetRequiredService<HolidayCalendar>()));
        services.TryAddSingleton(_ => RegionCatalog.LoadEmbedded());
        return services;
    }
}
