namespace Jamsostek.Bot.Officers;

/// <summary>One changed field of an audit entry: its Indonesian name, the value before (null: none) and after.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
