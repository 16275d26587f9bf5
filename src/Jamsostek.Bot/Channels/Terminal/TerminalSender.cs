using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>
/// The terminal's outbox halves in one: a row is one part (itself), printed to stdout as text with numbered choices,
/// or as a {"type":"message",...} line.
/// </summary>
public sealed class TerminalSender(TerminalIo io, TerminalChannel terminal) : IOutboxRenderer, IOutboxTransport
{
    public string Channel => TerminalChannel.Name;

    public OutboxChannelSettings Settings => OutboxChannelSettings.Unpaced;

    public Task<OutboxRendering> RenderAsync(BotDbContext db, OutboxMessage row, CancellationToken cancellationToken) =>
        Task.FromResult(OutboxRendering.Of([new TerminalPart(row.Text, row.ChoicesJson)]));

    public async Task<SendOutcome> SendAsync(OutboxMessage row, OutboxPart part, CancellationToken cancellationToken)
    {
        await PrintAsync((TerminalPart)part, cancellationToken);
        return SendOutcome.Sent(row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task PrintAsync(TerminalPart message, CancellationToken cancellationToken)
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
