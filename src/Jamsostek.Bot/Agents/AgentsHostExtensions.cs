using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Agents;

public static class AgentsHostExtensions
{
    /// <summary>Assisted registration: agents' chats and the workers' consent (around the turn), the expiry pass, the counts page.</summary>
    public static IHostApplicationBuilder AddAgents(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddAgents();
        return builder;
    }

    /// <summary>The same on a bare collection (the CLI host, a test host).</summary>
    public static IServiceCollection AddAgents(this IServiceCollection services)
    {
        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) =>
                o.BotUsername = string.IsNullOrWhiteSpace(o.BotUsername) ? configuration["Telegram:BotUsername"] : o.BotUsername)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(s => AgentTexts.Load(s.GetRequiredService<IOptions<DialogsOptions>>().Value.ResolvePath()));
        services.TryAddSingleton<ITurnInterceptor, AgentTurnInterceptor>();
        services.TryAddTransient<HeldSignUpExpiry>();
        services.TryAddSingleton<AgentCounts>();
        services.TryAddSingleton<AgentAccounts>();
        services.TryAddSingleton(_ => Jamsostek.Bpu.RegionCatalog.LoadEmbedded());
        return services;
    }
}
