using Jamsostek.Bot.Channels.Telegram;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.Channels.Telegram;

public sealed class ChatSequencerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero));
    private readonly List<long> ran = [];

    private ChatSequencer Sequencer(int windowMs = 40) =>
        new(Options.Create(new TelegramOptions { OrderingWindowMilliseconds = windowMs }), time);

    private Func<Task> Work(long id) => () =>
    {
        lock (ran)
        {
            ran.Add(id);
        }

        return Task.CompletedTask;
    };

    [Fact]
    public async Task RunAsync_RunsInUpdateOrderAndForgetsTheChat_WhenUpdatesArriveInReverse()
    {
        var sequencer = Sequencer();

        var runs = new[] { 3L, 2L, 1L }.Select(id => sequencer.RunAsync("7", id, Work(id), default)).ToList();
        Assert.Equal(1, sequencer.ActiveChats);
        time.Advance(TimeSpan.FromMilliseconds(40));
        await Task.WhenAll(runs);

        Assert.Equal([1L, 2L, 3L], ran);
        Assert.Equal(0, sequencer.ActiveChats);
    }

    [Fact]
    public async Task RunAsync_NeverRunsCancelledWork_WhenCallerGaveUpWhileWaiting()
    {
        var sequencer = Sequencer();
        using var cancel = new CancellationTokenSource();

        var abandoned = sequencer.RunAsync("7", 1, Work(1), cancel.Token);
        var later = sequencer.RunAsync("7", 2, Work(2), default);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        time.Advance(TimeSpan.FromMilliseconds(40));
        await later;

        Assert.Equal([2L], ran);
        Assert.Equal(0, sequencer.ActiveChats);
    }

    [Fact]
    public async Task RunAsync_PassesWorkFailureToItsCaller_WhenWorkThrows()
    {
        var sequencer = Sequencer(windowMs: 0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sequencer.RunAsync("7", 1, () => throw new InvalidOperationException("x"), default));
        await sequencer.RunAsync("7", 2, Work(2), default);

        Assert.Equal([2L], ran);
        Assert.Equal(0, sequencer.ActiveChats);
    }
}
