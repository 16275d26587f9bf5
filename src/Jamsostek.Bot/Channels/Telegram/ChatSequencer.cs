using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.Telegram;

/// <summary>
/// Runs the updates of one chat one at a time and in update_id order, even when Telegram posts them to
/// the webhook in parallel: an update waits Telegram:OrderingWindowMilliseconds for its siblings, then the
/// lowest id goes first. A chat's queue is dropped when its last update is done. A caller cancelled while
/// waiting takes its work back out, so nothing runs later with a dead token.
/// </summary>
public sealed class ChatSequencer(IOptions<TelegramOptions> options, TimeProvider timeProvider)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ChatQueue> chats = new(StringComparer.Ordinal);
    private readonly TimeSpan window = TimeSpan.FromMilliseconds(options.Value.OrderingWindowMilliseconds);
    private long arrivals;

    /// <summary>Chats with updates in flight (idle ones are forgotten).</summary>
    internal int ActiveChats
    {
        get { lock (gate) { return chats.Count; } }
    }

    public async Task RunAsync(string chatId, long sequence, Func<Task> work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var key = (sequence, Interlocked.Increment(ref arrivals)); // the arrival number keeps a redelivered id from colliding
        ChatQueue queue;
        lock (gate)
        {
            if (!chats.TryGetValue(chatId, out queue!))
            {
                chats[chatId] = queue = new ChatQueue();
            }

            queue.Users++;
            queue.Pending.Add(key, (work, done));
        }

        try
        {
            try
            {
                if (window > TimeSpan.Zero)
                {
                    await Task.Delay(window, timeProvider, cancellationToken);
                }

                await queue.Gate.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                lock (gate)
                {
                    if (queue.Pending.Remove(key))
                    {
                        throw; // not started: it never will be
                    }
                }

                await done.Task; // another caller already took it: it runs now, wait for it
                return;
            }

            try
            {
                await DrainAsync(queue);
            }
            finally
            {
                queue.Gate.Release();
            }

            await done.Task;
        }
        finally
        {
            lock (gate)
            {
                if (--queue.Users == 0)
                {
                    chats.Remove(chatId);
                    queue.Gate.Dispose();
                }
            }
        }
    }

    private async Task DrainAsync(ChatQueue queue)
    {
        while (true)
        {
            (Func<Task> Work, TaskCompletionSource Done) next;
            lock (gate)
            {
                if (queue.Pending.Count == 0)
                {
                    return;
                }

                next = queue.Pending.Values[0];
                queue.Pending.RemoveAt(0);
            }

            try
            {
                await next.Work();
                next.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                next.Done.TrySetException(ex);
            }
        }
    }

    private sealed class ChatQueue
    {
        public SortedList<(long Sequence, long Arrival), (Func<Task> Work, TaskCompletionSource Done)> Pending { get; } = [];

        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>Callers between arrival and return; the queue is dropped at zero.</summary>
        public int Users { get; set; }
    }
}
