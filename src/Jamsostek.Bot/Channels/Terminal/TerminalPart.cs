using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>A row as the terminal prints it: its text and its choices' JSON.</summary>
public sealed record TerminalPart(string Text, string ChoicesJson) : OutboxPart;
