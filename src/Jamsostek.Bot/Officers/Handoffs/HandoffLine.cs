namespace Jamsostek.Bot.Officers.Handoffs;

/// <summary>One of the last chat lines before a request: who wrote it ("in": the worker), when, and the text.</summary>
public sealed record HandoffLine(string Direction, DateTimeOffset At, string Text);
