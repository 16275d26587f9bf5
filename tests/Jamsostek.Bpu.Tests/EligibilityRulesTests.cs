namespace Jamsostek.Bpu.Tests;

public class EligibilityRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private readonly EligibilityRules _rules = new(new EligibilityOptions());

    [Theory]
    [InlineData("1961-03-01", true, 65)]    // 65 today
    [InlineData("1960-03-02", true, 65)]    // 66 tomorrow: still 65
    [InlineData("1960-03-01", false, 66)]   // 66 today
    [InlineData("2011-03-01", true, 15)]    // 15 today
    [InlineData("2011-03-02", false, 14)]   // 15 tomorrow
    [InlineData("1990-08-12", true, 35)]
    public void Check_AppliesDefaultAgeLimits(string birth, bool eligible, int age)
    {
        var result = _rules.Check(Shared.Date(birth), Today);

        Assert.Equal(eligible, result.Eligible);
        Assert.Equal(age, result.Age);
        Assert.Equal(eligible, result.Refusal == AgeRefusal.None);
    }

    [Fact]
    public void Check_NamesMaximumAge_WhenTooOld()
    {
        var result = _rules.Check(Shared.Date("1960-03-01"), Today);

        Assert.Equal(AgeRefusal.TooOld, result.Refusal);
        Assert.Equal(65, result.Limit);
        Assert.Null(result.RegisterFrom);
    }

    [Theory]
    [InlineData("2012-01-01", "2027-01-01")]
    [InlineData("2011-12-20", "2026-12-20")]
    [InlineData("2012-02-29", "2027-03-01")] // a leap-day birthday completes the year on 1 March, as Age.On counts it
    public void Check_GivesFifteenthBirthday_WhenTooYoung(string birth, string from)
    {
        var result = _rules.Check(Shared.Date(birth), Today);

        Assert.Equal(AgeRefusal.TooYoung, result.Refusal);
        Assert.Equal(15, result.Limit);
        Assert.Equal(Shared.Date(from), result.RegisterFrom);
    }

    [Fact]
    public void Check_UsesOptions_WhenOperatorChangesLimits()
    {
        var rules = new EligibilityRules(new EligibilityOptions { MaxAgeAtRegistration = 56, MinAge = 18 });

        Assert.False(rules.Check(Shared.Date("1969-01-01"), Today).Eligible);
        Assert.False(rules.Check(Shared.Date("2009-01-01"), Today).Eligible);
        Assert.True(rules.Check(Shared.Date("1970-03-01"), Today).Eligible);
        Assert.Equal(Shared.Date("2027-01-01"), rules.Check(Shared.Date("2009-01-01"), Today).RegisterFrom);
    }
}
