using Jamsostek.Bot.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Conversations;

public sealed class KeyedAsyncLockTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(40);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly List<long> ran = [];

    private async Task RunAsync(KeyedAsyncLock locks, long order, TimeSpan window, CancellationToken cancellationToken = default)
    {
        using var held = await locks.AcquireAsync("7", order, window, cancellationToken);
        lock (ran)
        {
            ran.Add(order);
        }

        await Task.Yield();
    }

    [Fact]
    public async Task AcquireAsync_RunsInUpdateOrderAndForgetsTheChat_WhenUpdatesArriveInReverseInsideTheWindow()
    {
        var locks = new KeyedAsyncLock(time);

        var runs = new[] { 3L, 2L, 1L }.Select(id => RunAsync(locks, id, Window)).ToList();
        Assert.Equal(1, locks.ActiveKeys);
        Assert.Empty(ran);
        time.Advance(Window);
        await Task.WhenAll(runs);

        Assert.Equal([1L, 2L, 3L], ran);
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_ServesWaitersInArrivalOrder_WhenNoOrderIsGiven()
    {
        var locks = new KeyedAsyncLock(time);
        var first = await locks.AcquireAsync("7");
        var order = new List<int>();
        var waiting = Enumerable.Range(1, 20).Select(async i =>
        {
            using var held = await locks.AcquireAsync("7");
            order.Add(i);
        }).ToList();

        first.Dispose();
        await Task.WhenAll(waiting);

        Assert.Equal(Enumerable.Range(1, 20), order);
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_WaitsOnlyWhileAnotherHoldsTheChat_WhenThereIsNoWindow()
    {
        var locks = new KeyedAsyncLock(time);
        var held = await locks.AcquireAsync("7", order: 5, TimeSpan.Zero, default);
        var otherChat = locks.AcquireAsync("8", order: 9, TimeSpan.Zero, default);
        var later = locks.AcquireAsync("7", order: 9, TimeSpan.Zero, default).AsTask();
        var earlier = locks.AcquireAsync("7", order: 6, TimeSpan.Zero, default).AsTask();

        Assert.True(otherChat.IsCompletedSuccessfully); // another chat never waits
        Assert.False(later.IsCompleted);
        held.Dispose();
        using (await earlier)
        {
            Assert.False(later.IsCompleted); // the lower update id went first although it came second
        }

        (await later).Dispose();
        (await otherChat).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_NeverGrantsCancelledWaiter_WhenCallerGaveUpWhileWaiting()
    {
        var locks = new KeyedAsyncLock(time);
        using var cancel = new CancellationTokenSource();

        var abandoned = RunAsync(locks, 1, Window, cancel.Token);
        var later = RunAsync(locks, 2, Window);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        time.Advance(Window);
        await later;

        Assert.Equal([2L], ran);
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task AcquireAsync_ServesTheNext_WhenTheHolderFailed()
    {
        var locks = new KeyedAsyncLock(time);

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            using var held = await locks.AcquireAsync("7");
            throw new InvalidOperationException("x");
        });
        await RunAsync(locks, 2, TimeSpan.Zero);

        Assert.Equal([2L], ran);
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task Dispose_ReleasesOnce_WhenCalledTwice()
    {
        var locks = new KeyedAsyncLock(time);
        var first = await locks.AcquireAsync("7");
        var second = locks.AcquireAsync("7").AsTask();
        first.Dispose();
        var holder = await second;

        first.Dispose(); // must not release the second holder's lock
        var third = locks.AcquireAsync("7").AsTask();

        Assert.False(third.IsCompleted);
        holder.Dispose();
        (await third).Dispose();
        Assert.Equal(0, locks.ActiveKeys);
    }
}
