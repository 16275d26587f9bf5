namespace Jamsostek.Bpu;

// The shape of holidays.yaml as YamlDotNet sees it (snake_case keys); nullable so that a missing key is a
// validation message, not a NullReferenceException.

internal sealed class HolidayDocument
{
    public List<int>? Years { get; set; }

    public List<HolidayEntry>? Holidays { get; set; }
}

internal sealed class HolidayEntry
{
    public string? Date { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Source { get; set; }

    public bool Unverified { get; set; }
}
