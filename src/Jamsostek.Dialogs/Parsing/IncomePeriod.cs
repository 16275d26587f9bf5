namespace Jamsostek.Dialogs.Parsing;

/// <summary>What an income typed by a worker is counted over: "80rb sehari" is per day, not per month.</summary>
public enum IncomePeriod
{
    Month,
    Day,
    Week,
}
