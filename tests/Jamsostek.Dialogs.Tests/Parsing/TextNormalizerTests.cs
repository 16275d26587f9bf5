using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("  Iya  ", "iya")]
    [InlineData("iyaaa", "iya")]
    [InlineData("IYAAA!!!", "iya")]
    [InlineData("iyaa", "iyaa")]
    [InlineData("gakkk", "gak")]
    [InlineData("Saya   setuju.", "saya setuju")]
    [InlineData("JKK + JKM", "jkk jkm")]
    [InlineData("no.2", "no 2")]
    [InlineData("ojek-online", "ojek online")]
    [InlineData("Café Sénang", "cafe senang")]
    [InlineData("1000000", "1000000")]
    [InlineData("Rp1.500.000,-", "rp1 500 000")]
    [InlineData("\tSungai\nRaya ", "sungai raya")]
    [InlineData("👍", "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("İSTANBUL", "istanbul")]
    public void Normalize_ReturnsComparableText_WhenTypedOnPhone(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }
}
