using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Dialogs.Text;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>Prints bot messages to stdout: text with numbered choices, or {"type":"message",...} lines.</summary>
public sealed class TerminalSender(TerminalIo io, TerminalChannel terminal) : IChannelSender
{
    public string Channel => TerminalChannel.Name;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var choices = OutboxChoices.Deserialize(message.ChoicesJson);
        if (terminal.Json)
        {
            var line = new { type = "message", text = EmphasisMarkers.ToPlainText(message.Text), choices = choices.Select(c => new { id = c.Id, label = c.Label }) };
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(line, TerminalIo.LineJson));
        }
        else
        {
            await io.Out.WriteLineAsync(EmphasisMarkers.ToPlainText(message.Text));
            for (var i = 0; i < choices.Count; i++)
            {
                await io.Out.WriteLineAsync($"{ChoiceNumbering.NumberAt(choices.Select(c => c.Id).ToList(), i)}. {choices[i].Label}");
            }

            await io.Out.WriteLineAsync();
        }

        await io.Out.FlushAsync(cancellationToken);
    }
}
