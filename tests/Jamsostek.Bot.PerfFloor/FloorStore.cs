using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// One SQLite connection and its statements prepared once, used under a lock: the peer's better-sqlite3 model (one
/// connection, synchronous calls, one JavaScript thread) on a host whose requests run on several threads.
/// </summary>
public sealed class FloorStore : IDisposable
{
    private readonly Lock gate = new();
    private readonly FloorWork work;
    private readonly SqliteConnection connection;
    private readonly SqliteCommand read, write, saveSignUp, nikTaken, dedupe, line, outbox, sent;
    private readonly FloorCommands commands;
    private readonly FloorGroupCommit? group;
    private readonly FloorEfState? ef;
    private readonly string pooled;

    public FloorStore(string path, FloorWork work)
    {
        this.work = work;
        connection = new SqliteConnection($"Data Source={path};Pooling=False");
        pooled = $"Data Source={path};Pooling=True";
        connection.Open();
        commands = new FloorCommands(connection, work.Reprepare);
        commands.Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous={(work.FullSync ? "FULL" : "NORMAL")};");
        commands.Execute("""
            CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS signups (id INTEGER PRIMARY KEY, chat INTEGER, nik TEXT UNIQUE, data TEXT, created TEXT);
            CREATE TABLE IF NOT EXISTS processed (update_id INTEGER PRIMARY KEY, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS lines (id INTEGER PRIMARY KEY, chat INTEGER NOT NULL, incoming INTEGER NOT NULL, text TEXT NOT NULL, at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, chat INTEGER NOT NULL, body TEXT NOT NULL, sent_at TEXT);
            """);
        read = commands.Prepare("SELECT v FROM kv WHERE k = $k", "$k");
        write = commands.Prepare("INSERT INTO kv(k, v) VALUES($k, $v) ON CONFLICT(k) DO UPDATE SET v = excluded.v", "$k", "$v");
        saveSignUp = commands.Prepare("INSERT INTO signups(chat, nik, data, created) VALUES($c, $n, $d, $t) ON CONFLICT(nik) DO NOTHING RETURNING id", "$c", "$n", "$d", "$t");
        nikTaken = commands.Prepare("SELECT 1 FROM signups WHERE nik = $n", "$n");
        dedupe = commands.Prepare("INSERT INTO processed(update_id, at) VALUES($u, $t) ON CONFLICT DO NOTHING", "$u", "$t");
        line = commands.Prepare("INSERT INTO lines(chat, incoming, text, at) VALUES($c, $i, $x, $t)", "$c", "$i", "$x", "$t");
        outbox = commands.Prepare("INSERT INTO outbox(chat, body) VALUES($c, $b) RETURNING id", "$c", "$b");
        sent = commands.Prepare("UPDATE outbox SET sent_at = $t WHERE id = $id", "$t", "$id");
        group = work.GroupCommit ? new FloorGroupCommit(commands.Execute) : null;
        ef = work.Ef ? new FloorEfState(connection) : null;
    }

    /// <summary>A turn, in a group commit when it is on, else at once under the lock.</summary>
    public Task<(IReadOnlyList<FloorOutgoing> Calls, long[] OutboxIds)> TurnAsync(FloorInbound inbound, Func<FloorState, IReadOnlyList<FloorOutgoing>> flow) =>
        group is null ? Task.FromResult(Turn(inbound, flow))
        : work.PooledReads ? ReadThenWriteAsync(inbound, flow)
        : group.RunAsync(() => TurnInside(inbound, flow));

    /// <summary>
    /// <c>--pooled-reads</c>: the state read on a pooled connection opened for it, outside the writer, as Jamsostek.Bot's
    /// webhook reads its snapshot; the writer then writes. That connection's page cache is stale after any commit. No
    /// version check guards the write: it is a measuring stick, and loadgen.js sends one update of a chat at a time.
    /// </summary>
    private async Task<(IReadOnlyList<FloorOutgoing> Calls, long[] OutboxIds)> ReadThenWriteAsync(FloorInbound inbound, Func<FloorState, IReadOnlyList<FloorOutgoing>> flow)
    {
        string? json;
        await using (var reader = new SqliteConnection(pooled))
        {
            await reader.OpenAsync();
            await using var command = reader.CreateCommand();
            command.CommandText = "SELECT v FROM kv WHERE k = $k";
            command.Parameters.AddWithValue("$k", inbound.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json = await command.ExecuteScalarAsync() as string;
        }

        return await group!.RunAsync(() => TurnInside(inbound, flow, json, preRead: true));
    }

    /// <summary>The delivery mark of a sent outbox row (a write of its own, after the send, as an outbox needs).</summary>
    public Task MarkSentAsync(long id)
    {
        if (group is not null)
        {
            return group.RunAsync(() => commands.NonQuery(sent, DateTime.UtcNow.ToString("O"), id));
        }

        lock (gate)
        {
            commands.NonQuery(sent, DateTime.UtcNow.ToString("O"), id);
        }

        return Task.CompletedTask;
    }

    /// <summary>One turn: (the dedupe mark,) the state read, the flow, the state written (, transcript and outbox rows).</summary>
    private (IReadOnlyList<FloorOutgoing> Calls, long[] OutboxIds) Turn(FloorInbound inbound, Func<FloorState, IReadOnlyList<FloorOutgoing>> flow)
    {
        lock (gate)
        {
            if (work.OneTransaction)
            {
                commands.Execute("BEGIN IMMEDIATE");
            }

            try
            {
                var result = TurnInside(inbound, flow);
                if (work.OneTransaction)
                {
                    commands.Execute("COMMIT");
                }

                return result;
            }
            catch
            {
                if (work.OneTransaction)
                {
                    commands.Execute("ROLLBACK");
                }

                throw;
            }
        }
    }

    public long SaveSignUp(long chat, string nik, string data) =>
        Convert.ToInt64(commands.Scalar(saveSignUp, chat, nik, data, DateTime.UtcNow.ToString("O")) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    public bool NikTaken(string nik) => commands.Scalar(nikTaken, nik) is not null;

    public void Dispose() => connection.Dispose();

    private (IReadOnlyList<FloorOutgoing>, long[]) TurnInside(FloorInbound inbound, Func<FloorState, IReadOnlyList<FloorOutgoing>> flow, string? preReadJson = null, bool preRead = false)
    {
        var now = DateTime.UtcNow.ToString("O");
        if (work.Dedupe && commands.NonQuery(dedupe, inbound.UpdateId, now) == 0)
        {
            return ([], []);
        }

        var key = inbound.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var json = preRead ? preReadJson : ef is null ? commands.Scalar(read, key) as string : ef.Read(key);
        var state = json is null ? new FloorState() : JsonSerializer.Deserialize(json, FloorJson.Default.FloorState)!;
        var calls = flow(state);
        var written = JsonSerializer.Serialize(state, FloorJson.Default.FloorState);
        if (ef is null)
        {
            commands.NonQuery(write, key, written);
        }
        else
        {
            ef.Write(key, written, existed: json is not null);
        }

        if (work.Transcript)
        {
            commands.NonQuery(line, inbound.ChatId, 1, inbound.Text ?? inbound.CallbackData ?? "", now);
        }

        var ids = new List<long>();
        foreach (var call in calls)
        {
            if (call.Text is null)
            {
                continue;
            }

            if (work.Transcript)
            {
                commands.NonQuery(line, call.ChatId, 0, call.Text, now);
            }

            if (work.Outbox)
            {
                ids.Add((long)commands.Scalar(outbox, call.ChatId, call.Text)!);
            }
        }

        return (calls, [.. ids]);
    }
}
