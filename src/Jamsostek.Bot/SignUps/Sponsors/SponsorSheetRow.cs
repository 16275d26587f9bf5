namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>One invited worker on the printable list; <see cref="QrSvg"/> is null while no bot name is set (the code is typed instead).</summary>
public sealed record SponsorSheetRow(string Village, string Name, string MaskedNik, string Code, string? Link, string? QrSvg, string HowTo);
