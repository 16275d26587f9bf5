using Jamsostek.Bot.Hosting;

namespace Jamsostek.Bot.Tests.Hosting;

public sealed class BackoffTests
{
    [Fact]
    public void Grow_DoublesUpToTheCap_ThenResetStartsOver()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var waits = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            waits.Add(backoff.Current.TotalSeconds);
            backoff.Grow();
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], waits);
        backoff.Reset();
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Current);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(1000, 300)]
    [InlineData(-3, 1)]
    public void After_IsTheWaitAfterThatManyDoublings_WhenOnlyTheCountIsStored(int attempts, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), Backoff.After(attempts, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task DelayAsync_EndsWithoutThrowing_WhenStopped()
    {
        using var stop = new CancellationTokenSource();
        var waiting = Backoff.DelayAsync(TimeSpan.FromHours(1), TimeProvider.System, stop.Token);
        Assert.False(waiting.IsCompleted);
        await stop.CancelAsync();
        await waiting; // no OperationCanceledException: a stopping loop ends quietly
        Assert.True(waiting.IsCompletedSuccessfully);
    }
}
