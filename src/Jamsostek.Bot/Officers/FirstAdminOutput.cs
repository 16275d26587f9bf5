namespace Jamsostek.Bot.Officers;

/// <summary>Where the one-time admin password is written: the operator's console (a test reads it from a StringWriter).</summary>
public sealed record FirstAdminOutput(TextWriter Writer);
