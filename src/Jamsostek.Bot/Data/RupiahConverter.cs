using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Stores money as whole rupiah (INTEGER on SQLite) so that SUM and ORDER BY are exact;
/// amounts are rounded half away from zero.
/// </summary>
internal sealed class RupiahConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v, 0, MidpointRounding.AwayFromZero),
    v => v);
