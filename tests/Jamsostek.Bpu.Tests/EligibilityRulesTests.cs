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
        Assert.Equal(eligible, result.Explanation is null);
    }

    [Fact]
    public void Check_ExplainsLimitAndAlternatives_WhenTooOld()
    {
        var result = _rules.Check(Shared.Date("1960-03-01"), Today);

        Assert.Contains("65 tahun", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("66 tahun", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("kantor cabang", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("175", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExplainsMinimumAge_WhenTooYoung()
    {
        var result = _rules.Check(Shared.Date("2012-01-01"), Today);

        Assert.Contains("mulai usia 15 tahun", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UsesOptions_WhenOperatorChangesLimits()
    {
        var rules = new EligibilityRules(new EligibilityOptions { MaxAgeAtRegistration = 56, MinAge = 18 });

        Assert.False(rules.Check(Shared.Date("1969-01-01"), Today).Eligible);
        Assert.False(rules.Check(Shared.Date("2009-01-01"), Today).Eligible);
        Assert.True(rules.Check(Shared.Date("1970-03-01"), Today).Eligible);
    }
}
