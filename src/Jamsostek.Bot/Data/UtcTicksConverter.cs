using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jamsostek.Bot.Data;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC ticks (INTEGER on SQLite) so that ORDER BY and
/// comparisons work in SQL; values come back with offset zero.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
