using System.Text.Json;
using Jamsostek.Bot.Channels.Terminal;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>
/// <c>ask [--json] ["question"]</c>: answers benefit questions the way the bot does in chat, one question
/// a line from stdin when none is given. JSON lines: {"question","topic","score","answer"}; topic is null
/// when the bot was not sure and fell back.
/// </summary>
public sealed class AskCommand(DialogEngine engine, IDbContextFactory<BotDbContext> dbFactory, TerminalIo io, TimeProvider time)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        if (engine.Services.Answerer is not { } answerer)
        {
            await io.Error.WriteLineAsync("Basis pengetahuan (dialogs/pengetahuan) tidak ditemukan.");
            return 1;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var context = new TurnContext(time.GetUtcNow(), new DbDialogLookups(db, TerminalChannel.Name, command.User), NewReference: string.Empty);
        foreach (var question in await QuestionsAsync(command, cancellationToken))
        {
            var reply = answerer.Answer(question, ConversationState.Empty, context);
            var answer = string.Join("\n\n", reply.Replies.Select(r => r.Text));
            if (reply.Effects.Count > 0)
            {
                // ask only reads: nothing is stored or forwarded, so the chat's "sudah kami teruskan" would be untrue here.
                answer = NothingForwarded + "\n" + answer;
            }
            if (command.Json)
            {
                var line = new { question, topic = reply.Understood ? reply.TopicId : null, score = Math.Round(reply.Score, 3), answer };
                await io.Out.WriteLineAsync(JsonSerializer.Serialize(line, TerminalIo.LineJson));
                continue;
            }

            await io.Out.WriteLineAsync(answer);
            var choices = reply.Replies.Count > 0 ? reply.Replies[^1].Choices : [];
            for (var i = 0; i < choices.Count; i++)
            {
                await io.Out.WriteLineAsync($"{i + 1}. {choices[i].Label}");
            }

            await io.Out.WriteLineAsync();
        }

        return 0;
    }

    public const string NothingForwarded = "[ask: di terminal ini tidak ada yang diteruskan ke petugas atau diubah; di chat jawaban berikut disertai tindakannya]";

    private async Task<IReadOnlyList<string>> QuestionsAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(command.Question))
        {
            return [command.Question];
        }

        var questions = new List<string>();
        while (await io.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                questions.Add(line.Trim());
            }
        }

        return questions;
    }
}
