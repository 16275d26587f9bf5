namespace Jamsostek.Dialogs.Parsing;

internal enum MoneyTokenKind
{
    Number,     // digits as typed ("1.500.000") or a number word ("dua")
    Factor,     // puluh, ratus, ribu/rb/k, juta/jt, miliar
    Belas,      // "dua belas" = 12
    Half,       // "setengah", "satu setengah"
    Currency,   // rp, idr, rupiah
    Minus,
    Word,       // anything else: ignored by Parse, ends an amount in FindAmounts
}

/// <summary>One piece of a money answer. <see cref="Raw"/> keeps typed digits with their separators because
/// whether "1.500" is 1500 or 1,5 depends on the unit that follows.</summary>
internal readonly record struct MoneyToken(MoneyTokenKind Kind, string Raw, decimal Value)
{
    public bool IsBigFactor => Kind == MoneyTokenKind.Factor && Value >= 1_000m;

    public bool HasLeadingZero => Kind == MoneyTokenKind.Number && Raw.Length > 1 && Raw[0] == '0' && char.IsAsciiDigit(Raw[1]);
}
