namespace Jamsostek.Bpu;

// The shape of tariff.yaml as YamlDotNet sees it (snake_case keys). Everything is nullable because a
// missing key must become a clear validation message, not a NullReferenceException.

internal sealed class TariffDocument
{
    public List<BracketEntry>? Brackets { get; set; }

    public List<RateEntry>? Rates { get; set; }

    public List<ReliefEntry>? Reliefs { get; set; }

    public TransportEntry? TransportOccupations { get; set; }
}

internal sealed class BracketEntry
{
    public int? Number { get; set; }

    public decimal? From { get; set; }

    public decimal? To { get; set; }

    public decimal? Base { get; set; }

    public string? Source { get; set; }
}

internal sealed class RateEntry
{
    public string? Program { get; set; }

    public string? Kind { get; set; }

    public decimal? Value { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Source { get; set; }
}

internal sealed class ReliefEntry
{
    public string? Regulation { get; set; }

    public string? Enacted { get; set; }

    public int? PercentOff { get; set; }

    public List<string>? Programs { get; set; }

    public bool? ExcludesSponsored { get; set; }

    public List<ReliefPeriodEntry>? Periods { get; set; }

    public string? Source { get; set; }
}

internal sealed class ReliefPeriodEntry
{
    public string? Group { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }
}

internal sealed class TransportEntry
{
    public List<string>? Ids { get; set; }

    public string? Source { get; set; }
}
