namespace Jamsostek.Bpu.Tests;

public class HolidayCalendarTests
{
    [Fact]
    public void LoadEmbedded_Covers2026And2027_EveryEntryWithASource()
    {
        var calendar = HolidayCalendar.LoadEmbedded();
        Assert.Equal([2026, 2027], calendar.Years);
        Assert.All(calendar.Holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Source)));
        Assert.Contains(calendar.Holidays, h => h.Date == Shared.Date("2026-08-17") && !h.Unverified);
    }

    [Theory]
    [InlineData("2026-08-17", false)] // Independence Day
    [InlineData("2026-08-18", true)]
    [InlineData("2026-08-15", false)] // Saturday
    [InlineData("2026-05-15", true)]  // cuti bersama: a working day unless the setting says otherwise
    public void IsWorkingDay_FollowsWeekendsAndHolidays(string day, bool working) =>
        Assert.Equal(working, HolidayCalendar.LoadEmbedded().IsWorkingDay(Shared.Date(day)));

    [Theory]
    [InlineData("holidays: []", "'years' is missing")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2026-13-01, name: x, kind: libur_nasional, source: s }", "yyyy-MM-dd")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2027-01-01, name: x, kind: libur_nasional, source: s }", "not in 'years'")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2026-01-01, name: x, kind: libur_nasional }", "'source' are required")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2026-01-01, name: x, kind: libur, source: s }", "'kind' must be")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2026-01-01, name: x, kind: libur_nasional, source: s }\n  - { date: 2026-01-01, name: y, kind: libur_nasional, source: s }", "listed twice")]
    [InlineData("years: [2026]\nholidays:\n  - { date: 2026-01-01, name: x, kind: libur_nasional, source: s, sumber: t }", "not valid YAML")]
    public void Parse_RefusesABrokenFile_NamingTheFault(string yaml, string fault)
    {
        var ex = Assert.Throws<InvalidDataException>(() => HolidayCalendar.Parse(yaml));
        Assert.Contains(fault, ex.Message, StringComparison.Ordinal);
    }
}
