namespace Jamsostek.Bot.Payments;

/// <summary>A file import: the faults (nothing recorded when there is one), or the counts and the flagged rows.</summary>
public sealed record PaymentImportResult(IReadOnlyList<string> Faults, int Recorded, int Duplicates, IReadOnlyList<string> Flagged);
