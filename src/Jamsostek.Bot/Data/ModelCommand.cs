using System.Collections.Concurrent;
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
/// through EF's command pipeline (interceptors, log) in the context's transaction. A statement's text and parameters
/// depend only on its <see cref="StatementShape"/>, so each shape is written once per model and kept as a template (issue
/// 12: writing it again on every turn was a fifth of the bytes a turn allocates); each run binds its own
/// <see cref="StatementValues"/> on a command its context's connection lends.
/// </summary>
internal sealed class ModelCommand
{
    /// <summary>Statements with more rows than this are written each time: they are rare, and each count is a shape.</summary>
    private const int MostRowsKept = 64;

    private static readonly ConditionalWeakTable<IProperty, string> ColumnNames = [];

    private static readonly ConditionalWeakTable<IEntityType, IProperty[]> Written = [];

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<StatementShape, IRelationalCommand>> Kept = [];

    private readonly IRelationalCommandBuilder builder;
    private int parameters;

    private ModelCommand(BotDbContext db, IEntityType type)
    {
        Type = type;
        Table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        Key = type.FindPrimaryKey()!.Properties[0];
        builder = db.GetService<IRelationalCommandBuilderFactory>().Create();
    }

    public IEntityType Type { get; }

    public StoreObjectIdentifier Table { get; }

    public IProperty Key { get; }

    /// <summary>The statement's text so far.</summary>
    public StringBuilder Sql { get; } = new();

    /// <summary>
    /// The statement of <paramref name="shape"/> on <paramref name="db"/>'s model: kept, or written by
    /// <paramref name="write"/> (which must add its parameters in the order the values are given) and kept.
    /// </summary>
    public static IRelationalCommand For<TState>(BotDbContext db, in StatementShape shape, TState state, Action<ModelCommand, TState> write)
    {
        var kept = Kept.GetValue(db.Model, static _ => new());
        if (kept.TryGetValue(shape, out var command))
        {
            return command;
        }

        var model = new ModelCommand(db, db.Model.FindEntityType(shape.Entity)!);
        write(model, state);
        command = model.builder.Append(model.Sql.ToString()).Build();
        if (shape.Rows <= MostRowsKept)
        {
            kept.TryAdd(shape.Frozen(), command);
        }

        return command;
    }

    /// <summary>
    /// Every mapped property of <paramref name="type"/> but its key (<see cref="Key"/>), in the model's order: what an
    /// insert or a whole-row update writes. Worked out once per model.
    /// </summary>
    public static IProperty[] WrittenColumns(IEntityType type) =>
        Written.GetValue(type, static t => [.. t.GetProperties().Where(p => p != t.FindPrimaryKey()!.Properties[0])]);

    /// <summary>Appends <paramref name="property"/>'s quoted column name.</summary>
    public ModelCommand Column(IProperty property)
    {
        // EF works the name out again on every call (a string builder and a truncation each): kept per property.
        var name = ColumnNames.GetValue(property, p => p.GetColumnName(StoreObjectIdentifier.Table(p.DeclaringType.GetTableName()!, p.DeclaringType.GetSchema()))!);
        Sql.Append('"').Append(name).Append('"');
        return this;
    }

    /// <summary>Appends the next parameter, typed and converted as <paramref name="property"/> stores its values.</summary>
    public ModelCommand Parameter(IProperty property)
    {
        var (name, placeholder) = StatementValues.NameOf(parameters++);
        Sql.Append(placeholder);
        builder.AddParameter(name, placeholder, property.GetRelationalTypeMapping(), property.IsNullable);
        return this;
    }

    public static async Task<int> ExecuteNonQueryAsync(BotDbContext db, IRelationalCommand statement, StatementValues values, CancellationToken cancellationToken)
    {
        var (connection, command) = Rent(db, statement);
        try
        {
            return await command.ExecuteNonQueryAsync(Parameters(db, connection, values), cancellationToken);
        }
        finally
        {
            connection.ReturnCommand(command);
        }
    }

    /// <summary>Runs <paramref name="statement"/> and returns the first column of every row it gives back, as numbers.</summary>
    public static async Task<List<long>> ReadNumbersAsync(BotDbContext db, IRelationalCommand statement, StatementValues values, CancellationToken cancellationToken)
    {
        var (connection, command) = Rent(db, statement);
        try
        {
            var numbers = new List<long>();
            await using var reader = await command.ExecuteReaderAsync(Parameters(db, connection, values), cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                numbers.Add(Convert.ToInt64(reader.DbDataReader.GetValue(0), CultureInfo.InvariantCulture));
            }

            return numbers;
        }
        finally
        {
            connection.ReturnCommand(command);
        }
    }

    /// <summary>
    /// The kept statement is only a template: EF's command keeps the reader of its last run, so two runs at once must not
    /// share it. The context's connection lends a command of its own, filled from the template (as EF's queries do).
    /// </summary>
    private static (IRelationalConnection Connection, IRelationalCommand Command) Rent(BotDbContext db, IRelationalCommand statement)
    {
        var connection = db.GetService<IRelationalConnection>();
        var command = connection.RentCommand();
        command.PopulateFrom(statement);
        return (connection, command);
    }

    private static RelationalCommandParameterObject Parameters(BotDbContext db, IRelationalConnection connection, StatementValues values) =>
        new(connection, values.ByName, readerColumns: null, db, db.GetService<IRelationalCommandDiagnosticsLogger>());
}
