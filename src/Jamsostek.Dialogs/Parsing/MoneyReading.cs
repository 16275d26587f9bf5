namespace Jamsostek.Dialogs.Parsing;

internal enum MoneyTrouble
{
    None,
    NoNumber,
    TwoAmounts,
    Unreadable,
}

/// <summary>What a run of money tokens adds up to, and how sure we can be that it is money.</summary>
internal sealed record MoneyReading(decimal Amount, bool HasUnit, bool HasCurrency, bool Negative, MoneyTrouble Trouble)
{
    /// <summary>The amount before rounding to whole rupiah ("1,5" stays 1,5).</summary>
    public decimal Exact { get; init; } = Amount;

    /// <summary>
    /// Adds up "2 juta 500 ribu", "1,5 jt", "dua ratus lima puluh ribu". Big units must shrink from left
    /// to right; "2 juta 3 juta" or "2-3 juta" are two amounts, not one.
    /// </summary>
    public static MoneyReading Of(IReadOnlyList<MoneyToken> tokens)
    {
        decimal total = 0m, group = 0m;
        decimal? pending = null;
        var lastBig = decimal.MaxValue;
        bool hasNumber = false, hasUnit = false, hasCurrency = false, negative = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            switch (t.Kind)
            {
                case MoneyTokenKind.Number:
                    var next = i + 1 < tokens.Count && tokens[i + 1].Kind == MoneyTokenKind.Factor ? tokens[i + 1].Value : 1m;
                    var value = t.Raw.Length == 0 ? t.Value : MoneyNumber.Read(t.Raw, next);
                    if (value is null)
                    {
                        return Failed(MoneyTrouble.Unreadable);
                    }

                    if (pending is not null)
                    {
                        return Failed(MoneyTrouble.TwoAmounts);
                    }

                    pending = value;
                    hasNumber = true;
                    break;
                case MoneyTokenKind.Half:
                    pending = (pending ?? 0m) + 0.5m; // "satu setengah juta" = 1,5 juta
                    hasNumber = true;
                    break;
                case MoneyTokenKind.Belas when pending is not null:
                    pending += 10m;
                    break;
                case MoneyTokenKind.Factor when !t.IsBigFactor:
                    group += (pending ?? 1m) * t.Value;
                    pending = null;
                    hasNumber = true;
                    break;
                case MoneyTokenKind.Factor:
                    var amount = group + (pending ?? 0m);
                    if (amount == 0m)
                    {
                        break; // "jutaan" with no number before it says nothing.
                    }

                    if (t.Value >= lastBig)
                    {
                        return Failed(MoneyTrouble.TwoAmounts);
                    }

                    total += amount * t.Value;
                    (lastBig, group, pending, hasUnit) = (t.Value, 0m, null, true);
                    break;
                case MoneyTokenKind.Currency:
                    hasCurrency = true;
                    break;
                case MoneyTokenKind.Minus:
                    negative = true;
                    break;
            }
        }

        if (!hasNumber)
        {
            return Failed(MoneyTrouble.NoNumber);
        }

        var rest = group + (pending ?? 0m);
        if (rest > 0m)
        {
            if (lastBig == decimal.MaxValue)
            {
                total = rest;
            }
            else if (lastBig == 1_000_000m && rest < 1_000m)
            {
                total += rest * 1_000m; // "2 juta 500" is said for 2,5 juta.
            }
            else if (rest < lastBig)
            {
                total += rest;
            }
            else
            {
                return Failed(MoneyTrouble.TwoAmounts);
            }
        }

        var rounded = Math.Round(total, 0, MidpointRounding.AwayFromZero);
        return new MoneyReading(rounded, hasUnit, hasCurrency, negative, MoneyTrouble.None) { Exact = total };
    }

    private static MoneyReading Failed(MoneyTrouble trouble) => new(0m, false, false, false, trouble);
}
