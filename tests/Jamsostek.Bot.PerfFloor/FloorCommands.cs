using Microsoft.Data.Sqlite;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// The floor's statements on its one connection: each prepared once and run again with new values, or with
/// <c>--reprepare</c> on a new command every time (SQLite parses and plans it again, as it does for EF Core's commands).
/// </summary>
public sealed class FloorCommands(SqliteConnection connection, bool reprepare)
{
    private readonly Dictionary<string, SqliteCommand> kept = [];

    public SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    public int NonQuery(SqliteCommand command, params object[] values)
    {
        using var fresh = reprepare ? Fresh(command) : null;
        return Bind(fresh ?? command, values).ExecuteNonQuery();
    }

    public object? Scalar(SqliteCommand command, params object[] values)
    {
        using var fresh = reprepare ? Fresh(command) : null;
        return Bind(fresh ?? command, values).ExecuteScalar();
    }

    /// <summary><c>--reprepare</c>: a new command for each run, so SQLite parses and plans it again, as EF's commands are.</summary>
    private SqliteCommand Fresh(SqliteCommand kept)
    {
        var command = connection.CreateCommand();
        command.CommandText = kept.CommandText;
        foreach (SqliteParameter parameter in kept.Parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter.ParameterName, null));
        }

        return command;
    }

    private static SqliteCommand Bind(SqliteCommand command, object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }

    public void Execute(string sql)
    {
        if (!kept.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            kept[sql] = command;
        }

        command.ExecuteNonQuery();
    }
}
