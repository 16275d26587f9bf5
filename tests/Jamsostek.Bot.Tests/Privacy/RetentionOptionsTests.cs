using Jamsostek.Bot.Privacy;

namespace Jamsostek.Bot.Tests.Privacy;

public sealed class RetentionOptionsTests
{
    [Theory]
    [InlineData(24, "0 19 * * *", true)]
    [InlineData(48, "0 19 * * *", true)]
    [InlineData(6, "0 */6 * * *", true)]
    [InlineData(1, "0 */1 * * *", true)]
    [InlineData(5, "0 */5 * * *", false)]
    [InlineData(0, "0 */0 * * *", false)]
    public void Cron_FollowsRunEveryHours_AndOnlyDivisorsOf24AreValid(int hours, string cron, bool valid)
    {
        var options = new RetentionOptions { RunEveryHours = hours };

        Assert.Equal((cron, valid), (options.Cron, options.IsValid()));
    }
}
