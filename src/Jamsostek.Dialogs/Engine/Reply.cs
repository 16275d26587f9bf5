namespace Jamsostek.Dialogs.Engine;

/// <summary>One message the bot sends. Channels render choices as buttons or a numbered list.</summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyChoice> Choices, bool RequestContact = false)
{
    public static Reply Plain(string text) => new(text, []);
}

public sealed record ReplyChoice(string Id, string Label);
