using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jamsostek.Bot.Data;

/// <summary>
/// One SQL statement over an entity type's table, written from the EF model (<see cref="BatchInsert"/>,
/// <see cref="BatchUpdate"/>): table and column names from the mapping, every value a parameter typed and converted by
/// its property's type mapping (UTC ticks, encrypted text), so the text is the same on SQLite and PostgreSQL; it runs
/// through EF's command pipeline (interceptors, log) in the context's transaction.
/// </summary>
internal sealed class ModelCommand
{
    /// <summary>The names of a statement's first parameters, made once: a turn's inserts bind a hundred or more.</summary>
    private static readonly (string Name, string Placeholder)[] ParameterNames = [.. Enumerable.Range(0, 512).Select(NameOf)];

    private static readonly ConditionalWeakTable<IProperty, string> ColumnNames = [];

    private readonly BotDbContext db;
    private readonly IRelationalCommandBuilder builder;
    private readonly Dictionary<string, object?> values = [];

    public ModelCommand(BotDbContext db, Type entity)
    {
        this.db = db;
        Type = db.Model.FindEntityType(entity)!;
        Table = StoreObjectIdentifier.Table(Type.GetTableName()!, Type.GetSchema());
        Key = Type.FindPrimaryKey()!.Properties[0];
        builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
    }

    public IEntityType Type { get; }

    public StoreObjectIdentifier Table { get; }

    public IProperty Key { get; }

    /// <summary>The statement's text so far.</summary>
    public StringBuilder Sql { get; } = new();

    /// <summary>Appends <paramref name="property"/>'s quoted column name.</summary>
    public ModelCommand Column(IProperty property)
    {
        // EF works the name out again on every call (a string builder and a truncation each): kept per property.
        var name = ColumnNames.GetValue(property, p => p.GetColumnName(StoreObjectIdentifier.Table(p.DeclaringType.GetTableName()!, p.DeclaringType.GetSchema()))!);
        Sql.Append('"').Append(name).Append('"');
        return this;
    }

    /// <summary>Appends a parameter holding <paramref name="value"/> as <paramref name="property"/> stores it.</summary>
    public ModelCommand Value(IProperty property, object? value)
    {
        var (name, placeholder) = values.Count < ParameterNames.Length ? ParameterNames[values.Count] : NameOf(values.Count);
        Sql.Append(placeholder);
        builder.AddParameter(name, placeholder, property.GetRelationalTypeMapping(), property.IsNullable);
        values[name] = value;
        return this;
    }

    private static (string Name, string Placeholder) NameOf(int index)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"p{index}");
        return (name, "@" + name);
    }

    public Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Build().ExecuteNonQueryAsync(Parameters(), cancellationToken);

    public Task<RelationalDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) =>
        Build().ExecuteReaderAsync(Parameters(), cancellationToken);

    private IRelationalCommand Build() => builder.Append(Sql.ToString()).Build();

    private RelationalCommandParameterObject Parameters() => new(
        db.GetService<IRelationalConnection>(), values, readerColumns: null, db, db.GetService<IRelationalCommandDiagnosticsLogger>());
}
