using Jamsostek.Bot.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.SignUps.Sponsors;

public static class SponsorsServiceCollectionExtensions
{
    /// <summary>Sponsor programmes: the beneficiary-list import (console and CLI), the invitations and their reminders.</summary>
    public static IServiceCollection AddSponsors(this IServiceCollection services)
    {
        services.AddSingleton<SponsorRowChecks>();
        services.AddSingleton<SponsorImport>();
        services.AddSingleton<SponsorStatement>();
        services.AddSingleton<SponsorCoverage>();
        services.AddSingleton<SponsorProgrammes>();
        services.AddMemoryCache(); // the console's corrected-file downloads
        services.AddOptions<SponsorInvitationOptions>().BindConfiguration(SponsorInvitationOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) =>
                o.BotUsername = string.IsNullOrWhiteSpace(o.BotUsername) ? configuration["Telegram:BotUsername"] : o.BotUsername)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(s => SponsorInvitationTexts.Load(s.GetRequiredService<IOptions<DialogsOptions>>().Value.ResolvePath()));
        services.TryAddSingleton<SponsorInvitationNotices>();
        services.TryAddTransient<SponsorInvitationJob>();
        services.TryAddSingleton<SponsorInvitationSheet>();
        return services;
    }
}
