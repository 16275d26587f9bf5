using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Tests.Outbox;

public sealed class OutboxRetryPolicyTests
{
    private static readonly DateTimeOffset Created = new(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly OutboxChannelSettings Options = OutboxChannelSettings.Unpaced with { MaxSendAttempts = 8, GiveUpAfter = TimeSpan.FromHours(24) };

    [Theory]
    [InlineData(1, 0.0, 2)]
    [InlineData(3, 0.0, 8)]
    [InlineData(8, 0.1, 256)]
    [InlineData(9, 1.0, 300)]
    [InlineData(40, 23.9, 300)]
    [InlineData(2, 30.0, 4)]
    public void NextAttempt_CappedBackoff_WhileReplyIsYoungOrHasHadFewTries(int attempts, double ageHours, int expectedSeconds)
    {
        var now = Created + TimeSpan.FromHours(ageHours);

        Assert.Equal(now + TimeSpan.FromSeconds(expectedSeconds), OutboxRetryPolicy.NextAttempt(attempts, Created, now, Options));
    }

    [Theory]
    [InlineData(8, 24.0)]
    [InlineData(50, 30.0)]
    public void NextAttempt_GivesUp_WhenTriesAreUsedAndReplyIsOlderThanTheLimit(int attempts, double ageHours)
    {
        Assert.Null(OutboxRetryPolicy.NextAttempt(attempts, Created, Created + TimeSpan.FromHours(ageHours), Options));
    }
}
