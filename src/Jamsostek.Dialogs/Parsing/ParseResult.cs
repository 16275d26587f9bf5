using System.Diagnostics.CodeAnalysis;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>
/// Outcome of reading one user answer. <see cref="Problem"/> is a short, warm, formal Indonesian
/// sentence the bot can show as is; the caller adds its own retry question after it.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "ParseResult<T>.Success/Failure is the agreed API other teams code against.")]
public sealed record ParseResult<T>(bool Ok, T? Value, string? Problem)
{
    public static ParseResult<T> Success(T value) => new(true, value, null);

    public static ParseResult<T> Failure(string problem) => new(false, default, problem);
}
