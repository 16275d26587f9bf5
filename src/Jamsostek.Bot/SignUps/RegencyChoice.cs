namespace Jamsostek.Bot.SignUps;

/// <summary>A regency an officer may pick in a drop-down: its code, catalogue name and time zone (WIB, WITA, WIT).</summary>
public sealed record RegencyChoice(string Code, string Name, string Zone);
