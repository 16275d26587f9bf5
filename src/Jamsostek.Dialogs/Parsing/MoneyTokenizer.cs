using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Parsing;

/// <summary>Cuts a money answer into numbers, unit words and other words ("2,5jt" → 2,5 | jt).</summary>
internal static class MoneyTokenizer
{
    private static readonly FrozenDictionary<string, MoneyToken[]> Words = BuildWords();

    public static List<MoneyToken> Split(string input)
    {
        var text = input.ToLowerInvariant();
        var tokens = new List<MoneyToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                // A separator belongs to the number only when a digit follows: "1.500.000,-" ends at the last 0.
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new MoneyToken(MoneyTokenKind.Number, text[start..i], 0m));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                var word = TextNormalizer.SqueezeLetters(text[start..i], 3);

                // "kira2", "rata2", "sama2": a 2 glued to a word repeats the word, it is no amount.
                if (i < text.Length && text[i] == '2' && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1])) && !Words.ContainsKey(word))
                {
                    i++;
                }

                AddWord(tokens, word);
            }
            else
            {
                if (c == '-' && IsLeadingMinus(text, i, tokens))
                {
                    tokens.Add(new MoneyToken(MoneyTokenKind.Minus, "-", 0m));
                }

                i++;
            }
        }

        return tokens;
    }

    // "-500000" or "-Rp500.000" is negative; the dash in "Rp1.500.000,-" or "2-3 juta" is not.
    private static bool IsLeadingMinus(string text, int at, List<MoneyToken> before)
    {
        if (before.Any(t => t.Kind == MoneyTokenKind.Number))
        {
            return false;
        }

        var next = text[(at + 1)..].TrimStart();
        return next.Length > 0 && (char.IsAsciiDigit(next[0]) || next.StartsWith("rp", StringComparison.Ordinal));
    }

    private static void AddWord(List<MoneyToken> tokens, string word)
    {
        if (Words.TryGetValue(word, out var known))
        {
            tokens.AddRange(known);
        }
        else
        {
            tokens.Add(new MoneyToken(MoneyTokenKind.Word, word, 0m));
        }
    }

    private static FrozenDictionary<string, MoneyToken[]> BuildWords()
    {
        static MoneyToken N(decimal v) => new(MoneyTokenKind.Number, string.Empty, v);
        static MoneyToken F(decimal v) => new(MoneyTokenKind.Factor, string.Empty, v);
        var currency = new MoneyToken(MoneyTokenKind.Currency, string.Empty, 0m);
        var d = new Dictionary<string, MoneyToken[]>(StringComparer.Ordinal)
        {
            ["rp"] = [currency], ["idr"] = [currency], ["rupiah"] = [currency],
            ["minus"] = [new MoneyToken(MoneyTokenKind.Minus, "minus", 0m)],
            ["belas"] = [new MoneyToken(MoneyTokenKind.Belas, "belas", 0m)],
            ["setengah"] = [new MoneyToken(MoneyTokenKind.Half, "setengah", 0m)],
            ["puluh"] = [F(10m)], ["ratus"] = [F(100m)],
            ["sepuluh"] = [N(10m)], ["sebelas"] = [N(11m)],
            ["seratus"] = [N(1m), F(100m)], ["seribu"] = [N(1m), F(1_000m)], ["sejuta"] = [N(1m), F(1_000_000m)],
        };
        string[] ones = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
        for (var n = 0; n < ones.Length; n++)
        {
            d[ones[n]] = [N(n + 1)];
        }

        foreach (var w in new[] { "ribu", "rb", "rbu", "rebu", "k", "ribuan", "rban", "rbuan" })
        {
            d[w] = [F(1_000m)];
        }

        foreach (var w in new[] { "juta", "jt", "jta", "jutaan", "jtan", "jeti" })
        {
            d[w] = [F(1_000_000m)];
        }

        foreach (var w in new[] { "miliar", "milyar", "miliaran", "milyaran" })
        {
            d[w] = [F(1_000_000_000m)];
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
