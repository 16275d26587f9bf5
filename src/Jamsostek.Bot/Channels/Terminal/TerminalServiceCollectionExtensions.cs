using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Channels.Terminal;

public static class TerminalServiceCollectionExtensions
{
    /// <summary>The terminal channel on the given stdin/stdout: its sender and the chat verb.</summary>
    public static IHostApplicationBuilder AddTerminalChannel(this IHostApplicationBuilder builder, TerminalIo io, bool json)
    {
        builder.Services.AddSingleton(io);
        builder.Services.AddSingleton(new TerminalChannel(json));
        builder.Services.AddSingleton<TerminalSender>();
        builder.Services.AddSingleton<IOutboxRenderer>(sp => sp.GetRequiredService<TerminalSender>());
        builder.Services.AddSingleton<IOutboxTransport>(sp => sp.GetRequiredService<TerminalSender>());
        builder.Services.AddTransient<ChatCommand>();
        return builder;
    }
}
