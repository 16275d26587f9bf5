using System.Globalization;

namespace Jamsostek.Bot.Data;

/// <summary>
/// The values of one <see cref="ModelCommand"/> statement, named p0, p1, … in the order they are added: the order its
/// parameters were written in.
/// </summary>
internal sealed class StatementValues(int count)
{
    /// <summary>The names of a statement's first parameters, made once: a turn's inserts bind a hundred or more.</summary>
    private static readonly (string Name, string Placeholder)[] Names = [.. Enumerable.Range(0, 512).Select(Make)];

    public Dictionary<string, object?> ByName { get; } = new(count, StringComparer.Ordinal);

    public void Add(object? value) => ByName.Add(NameOf(ByName.Count).Name, value);

    public static (string Name, string Placeholder) NameOf(int index) => index < Names.Length ? Names[index] : Make(index);

    private static (string Name, string Placeholder) Make(int index)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"p{index}");
        return (name, "@" + name);
    }
}
