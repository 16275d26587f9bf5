using System.Threading.Channels;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// Group commit, as Jamsostek.Bot's TurnWriter does it: one writer runs every write waiting (up to 64) in one
/// transaction, each inside its own savepoint so one failure undoes only its own rows, and one commit (one fsync with
/// synchronous=FULL) answers them all.
/// </summary>
public sealed class FloorGroupCommit
{
    private const int MaxBatch = 64;

    private sealed record Pending(Func<object> Work, TaskCompletionSource<object> Done);

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<string> execute;

    public FloorGroupCommit(Action<string> execute)
    {
        this.execute = execute;
        _ = Task.Run(WriteLoopAsync);
    }

    public async Task<T> RunAsync<T>(Func<T> work)
        where T : notnull
    {
        var pending = new Pending(() => work(), new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending);
        return (T)await pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var items = new List<Pending>(MaxBatch);
        var results = new List<(object? Result, Exception? Failure)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            items.Clear();
            results.Clear();
            while (items.Count < MaxBatch && queue.Reader.TryRead(out var item))
            {
                items.Add(item);
            }

            Exception? batchFailure = null;
            try
            {
                execute("BEGIN IMMEDIATE");
                foreach (var item in items)
                {
                    results.Add(RunInSavepoint(item));
                }

                execute("COMMIT");
            }
            catch (Exception failure)
            {
                batchFailure = failure;
                TryRollBack();
            }

            for (var i = 0; i < items.Count; i++)
            {
                var (result, failure) = i < results.Count ? results[i] : (null, null);
                if ((batchFailure ?? failure) is { } error)
                {
                    items[i].Done.SetException(error);
                }
                else
                {
                    items[i].Done.SetResult(result!);
                }
            }
        }
    }

    private (object? Result, Exception? Failure) RunInSavepoint(Pending item)
    {
        execute("SAVEPOINT turn");
        try
        {
            var result = item.Work();
            execute("RELEASE turn");
            return (result, null);
        }
        catch (Exception failure)
        {
            execute("ROLLBACK TO turn");
            execute("RELEASE turn");
            return (null, failure);
        }
    }

    private void TryRollBack()
    {
        try
        {
            execute("ROLLBACK");
        }
        catch (Exception)
        {
            // No transaction was open (BEGIN itself failed): nothing to undo.
        }
    }
}
