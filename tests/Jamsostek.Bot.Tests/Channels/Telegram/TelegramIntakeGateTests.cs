using Jamsostek.Bot.Channels.Telegram;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class TelegramIntakeGateTests
{
    [Fact]
    public async Task EnterAsync_LetsWaitersInInArrivalOrder_WhenEverySlotIsTaken()
    {
        using var gate = Gate(limit: 1);
        var first = await gate.EnterAsync(default);
        var second = gate.EnterAsync(default).AsTask();
        var third = gate.EnterAsync(default).AsTask();

        Assert.False(second.IsCompleted);
        Assert.Equal(2, gate.Waiting);

        first.Dispose();
        (await second).Dispose();
        (await third).Dispose();

        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task EnterAsync_KeepsTheThirdWaiting_WhileTheSecondHoldsTheSlot()
    {
        using var gate = Gate(limit: 1);
        var first = await gate.EnterAsync(default);
        var second = gate.EnterAsync(default).AsTask();
        var third = gate.EnterAsync(default).AsTask();

        first.Dispose();
        var held = await second;

        Assert.False(third.IsCompleted);
        held.Dispose();
        (await third).Dispose();
    }

    [Fact]
    public async Task EnterAsync_NeverWaits_WhenTheLimitIsZero()
    {
        using var gate = Gate(limit: 0);
        var slots = new List<TelegramIntakeGate.Slot>();
        for (var i = 0; i < 1000; i++)
        {
            var entering = gate.EnterAsync(default);
            Assert.True(entering.IsCompleted);
            slots.Add(await entering);
        }

        slots.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task EnterAsync_GivesUpWithoutTakingASlot_WhenTheRequestIsCancelled()
    {
        using var gate = Gate(limit: 1);
        var first = await gate.EnterAsync(default);
        using var cancel = new CancellationTokenSource();
        var leaving = gate.EnterAsync(cancel.Token).AsTask();
        var next = gate.EnterAsync(default).AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        first.Dispose();

        (await next).Dispose(); // the slot went to the next waiter, not to the one that left
    }

    private static TelegramIntakeGate Gate(int limit) => new(Options.Create(new TelegramOptions { MaxUpdatesInProgress = limit }));
}
