using Jamsostek.Bot.BpuRules;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bpu;
using Jamsostek.Dialogs;
using Jamsostek.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The dialog engine (loaded and validated once), the turn processor and what it needs (with AddTurnPrivacy).</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DialogsOptions>().BindConfiguration(DialogsOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<EligibilityOptions>().BindConfiguration("Eligibility")
            .Validate(o => o.MinAge > 0 && o.MaxAgeAtRegistration > o.MinAge, "Eligibility: MinAge must be above 0 and below MaxAgeAtRegistration")
            .ValidateOnStart();
        builder.Services.AddBpuRules();
        builder.Services.AddSingleton(CreateDialogEngine);
        builder.Services.TryAddSingleton<IConversationEngine, DialogEngineAdapter>();
        builder.Services.TryAddSingleton<IReferenceGenerator, RandomReferenceGenerator>();
        builder.Services.AddSingleton<KeyedAsyncLock>();
        builder.Services.AddSingleton<HostTexts>();
        builder.Services.AddSingleton<TurnWriter>();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddSingleton<OneOffAnswer>();
        builder.Services.AddHostedService<EngineStartupCheck>();
        return builder;
    }

    /// <summary>
    /// The one place the host builds the engine from dialogs/: a DialogValidationException surfaces through
    /// <see cref="EngineStartupCheck"/> (faults printed as file:step, exit code 1).
    /// </summary>
    private static DialogEngine CreateDialogEngine(IServiceProvider services)
    {
        var dialogs = services.GetRequiredService<IOptions<DialogsOptions>>().Value;
        var eligibility = services.GetRequiredService<IOptions<EligibilityOptions>>().Value;
        return DialogEngineFactory.Create(dialogs.ResolvePath(), eligibility, tariff: services.GetRequiredService<Tariff>(), regions: services.GetRequiredService<RegionCatalog>(), holidays: services.GetRequiredService<HolidayCalendar>());
    }
}
