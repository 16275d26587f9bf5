using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>How a chat run prints: plain text or one JSON object a line.</summary>
public sealed record TerminalChannel(bool Json)
{
    public const string Name = ChannelNames.Terminal;
}
