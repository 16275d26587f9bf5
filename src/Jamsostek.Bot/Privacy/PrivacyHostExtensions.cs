using Jamsostek.Bot.Conversations;

namespace Jamsostek.Bot.Privacy;

public static class PrivacyHostExtensions
{
    /// <summary>What every turn needs from this room (<see cref="ITurnPrivacy"/>): with AddConversations, wherever turns run.</summary>
    public static IHostApplicationBuilder AddTurnPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NikEntryOptions>().BindConfiguration(NikEntryOptions.Section)
            .Validate(o => o.PerChatPer24Hours > 0, "NikEntries:PerChatPer24Hours must be above 0")
            .ValidateOnStart();
        builder.Services.AddSingleton<NikEntryLimit>();
        builder.Services.AddSingleton<ITurnPrivacy, TurnPrivacy>();
        return builder;
    }
}
