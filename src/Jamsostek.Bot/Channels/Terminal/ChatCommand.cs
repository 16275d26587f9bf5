using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>
/// <c>chat [--user ID] [--json]</c>: every stdin line is one message from that user; after each turn the
/// chat's outbox is sent through the dispatcher (so printed) and, in JSON mode, an "await" line follows.
/// </summary>
public sealed class ChatCommand(
    TurnProcessor turns,
    OutboxDispatcher dispatcher,
    IDbContextFactory<BotDbContext> dbFactory,
    TerminalIo io,
    TerminalChannel terminal,
    TimeProvider time)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var user = command.User;
        var run = $"{time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
        var lineNumber = 0;
        while (await io.In.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var input = await ToInputAsync(user, text, cancellationToken);
            var message = new InboundMessage(TerminalChannel.Name, user, $"{user}:{run}:{lineNumber}", input, time.GetUtcNow());
            var outcome = await turns.ProcessAsync(message, cancellationToken);
            await dispatcher.DrainAsync(TerminalChannel.Name, user, cancellationToken);
            if (terminal.Json)
            {
                var await_ = new { type = "await", dialog = outcome.FlowId, step = outcome.StepId };
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(await_, TerminalIo.LineJson));
                await io.Out.FlushAsync(cancellationToken);
            }
        }

        return 0;
    }

    /// <summary>A number from the last numbered list (or a label typed in full) is that choice, as a button press would be.</summary>
    private async Task<InboundInput> ToInputAsync(string user, string text, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Channel == TerminalChannel.Name && m.ChatId == user)
            .OrderByDescending(m => m.Id)
            .Select(m => m.ChoicesJson)
            .FirstOrDefaultAsync(cancellationToken);
        var choices = last is null ? [] : OutboxChoices.Deserialize(last);
        var index = ChoiceNumbering.Pick(choices.Select(c => c.Id).ToList(), text);
        if (index >= 0)
        {
            return InboundInput.FromChoice(choices[index].Id, choices[index].Label);
        }

        var byLabel = choices.FirstOrDefault(c => string.Equals(c.Label, text, StringComparison.OrdinalIgnoreCase));
        return byLabel is null ? InboundInput.FromText(text) : InboundInput.FromChoice(byLabel.Id, byLabel.Label);
    }
}
