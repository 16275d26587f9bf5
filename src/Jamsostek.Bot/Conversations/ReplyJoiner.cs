using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>
/// One message per turn where the phone screen allows it: an explanation without buttons is sent together with the
/// reply that follows it (usually its question), separated by a blank line, so the question still comes last. The
/// joined text keeps the style guide's limit for one message (shared/docs/bahasa-style.md: 8 lines, 500 characters;
/// the buttons are not counted); what would not fit goes as it is. Fewer messages per turn is what lets one bot
/// serve a crowd within Telegram's ~30 messages a second.
/// </summary>
public static class ReplyJoiner
{
    public const int MaxLines = 8;
    public const int MaxChars = 500;
    private const string Separator = "\n\n";

    public static IReadOnlyList<Reply> Join(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count < 2)
        {
            return replies;
        }

        var joined = new List<Reply>(replies.Count);
        var pending = replies[0];
        for (var i = 1; i < replies.Count; i++)
        {
            var next = replies[i];
            if (CanLead(pending) && Fits(pending.Text, next.Text))
            {
                pending = next with { Text = string.IsNullOrEmpty(next.Text) ? pending.Text : pending.Text + Separator + next.Text };
                continue;
            }

            joined.Add(pending);
            pending = next;
        }

        joined.Add(pending);
        return joined;
    }

    // Only a plain text goes in front of another: buttons or a contact request belong to the message they came with.
    private static bool CanLead(Reply reply) => reply.Choices.Count == 0 && !reply.RequestContact && !string.IsNullOrWhiteSpace(reply.Text);

    private static bool Fits(string first, string second)
    {
        if (string.IsNullOrEmpty(second))
        {
            return true;
        }

        var chars = first.Length + Separator.Length + second.Length;
        var lines = Lines(first) + 1 + Lines(second);
        return chars <= MaxChars && lines <= MaxLines;
    }

    private static int Lines(string text) => text.Count(c => c == '\n') + 1;
}
