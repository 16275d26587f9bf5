using System.Text;

namespace Jamsostek.Bot.Officers;

/// <summary>Worker and bot text as officer pages show it: no emoji (the console's style), everything else untouched.</summary>
public static class OfficerText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsEmoji(rune.Value))
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString();
    }

    /// <summary>Pictographs, dingbats, the symbols block, flags, skin tones, and the joiners and selectors that glue them.</summary>
    private static bool IsEmoji(int value) =>
        value is >= 0x1F000 and <= 0x1FAFF
            or >= 0x2600 and <= 0x27BF
            or >= 0x2B00 and <= 0x2BFF
            or >= 0xFE00 and <= 0xFE0F
            or 0x200D or 0x20E3 or 0x2139 or 0x231A or 0x231B or 0x23F0 or 0x23F3
            or >= 0xE0020 and <= 0xE007F;
}
