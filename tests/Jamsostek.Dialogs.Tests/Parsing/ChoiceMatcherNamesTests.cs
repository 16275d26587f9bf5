using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class ChoiceMatcherNamesTests
{
    private static readonly IReadOnlyList<string> Villages =
    [
        "Sei Raya", "Sungai Rengas", "Kampung Baru", "Tanjung Harapan", "Desa Makmur", "Sukamaju", "Sukamaju Baru",
        "Kelurahan Tanjung Pinang", "Air Hitam", "Batu Ampar",
    ];

    [Theory]
    [InlineData("sungai raya", "Sei Raya")]
    [InlineData("Sei Raya", "Sei Raya")]
    [InlineData("SEI RAYA", "Sei Raya")]
    [InlineData("desa sei raya", "Sei Raya")]
    [InlineData("ds. sungai raya", "Sei Raya")]
    [InlineData("kp baru", "Kampung Baru")]
    [InlineData("kp. baru", "Kampung Baru")]
    [InlineData("tj harapan", "Tanjung Harapan")]
    [InlineData("tj. pinang", "Kelurahan Tanjung Pinang")]
    [InlineData("kel tanjung pinang", "Kelurahan Tanjung Pinang")]
    [InlineData("makmur", "Desa Makmur")]
    [InlineData("sukamaju", "Sukamaju")]
    [InlineData("SukaMaju", "Sukamaju")]
    [InlineData("suka maju", "Sukamaju")]
    [InlineData("  air   hitam ", "Air Hitam")]
    public void FindByName_ReturnsItem_WhenSameName(string input, string expected)
    {
        Assert.Equal(expected, ChoiceMatcher.FindByName(input, Villages, v => v));
    }

    // A typo is never taken silently (Bambang is Bamban or Bariang?): it comes back as the first suggestion.
    [Theory]
    [InlineData("sukamju", "Sukamaju")]
    [InlineData("air hitm", "Air Hitam")]
    [InlineData("batu ampr", "Batu Ampar")]
    [InlineData("sungai rengs", "Sungai Rengas")]
    [InlineData("sukamaju bar", "Sukamaju Baru")]
    public void FindByName_ReturnsNullButSuggests_WhenOneTypoAway(string input, string suggested)
    {
        Assert.Null(ChoiceMatcher.FindByName(input, Villages, v => v));
        Assert.Equal(suggested, ChoiceMatcher.Closest(input, Villages, v => v, 3)[0]);
    }

    [Theory]
    [InlineData("kandangan", "kandangan")]
    [InlineData("KANDANGAN", "kandangan")]
    [InlineData("2", "angkinang")]
    [InlineData("no 3", "sungai-raya")]
    public void MatchPlace_Takes_WhenNumberOrExactName(string input, string expected)
    {
        Assert.Equal(expected, ChoiceMatcher.MatchPlace(input, Districts).Option?.Id);
    }

    [Theory]
    [InlineData("kandangn", "kandangan")]
    [InlineData("angkinan", "angkinang")]
    [InlineData("sungai ray", "sungai-raya")]
    public void MatchPlace_SuggestsNotTakes_WhenNearMiss(string input, string suggested)
    {
        var match = ChoiceMatcher.MatchPlace(input, Districts);

        Assert.Null(match.Option);
        Assert.Equal(suggested, match.Suggestions[0].Id);
    }

    private static readonly IReadOnlyList<ChoiceOption> Districts =
    [
        new("kandangan", "Kandangan", []), new("angkinang", "Angkinang", []), new("sungai-raya", "Sungai Raya", []),
    ];

    [Theory]
    [InlineData("")]
    [InlineData("jakarta")]
    [InlineData("sungai")]
    [InlineData("tanjung")]
    [InlineData("xx")]
    public void FindByName_ReturnsNull_WhenNoneOrAmbiguous(string input)
    {
        Assert.Null(ChoiceMatcher.FindByName(input, Villages, v => v));
    }

    [Theory]
    [InlineData("sungai raja", 3, new[] { "Sei Raya", "Sungai Rengas" })]
    [InlineData("sukamaj", 2, new[] { "Sukamaju", "Sukamaju Baru" })]
    [InlineData("tanjung", 3, new[] { "Tanjung Harapan", "Kelurahan Tanjung Pinang" })]
    [InlineData("qwerty", 3, new string[0])]
    [InlineData("", 3, new string[0])]
    public void Closest_ReturnsNearNames_WhenNameIsMisspelt(string input, int max, string[] expected)
    {
        Assert.Equal(expected, ChoiceMatcher.Closest(input, Villages, v => v, max));
    }

    [Fact]
    public void FindByName_ReturnsNull_WhenNameIsShared()
    {
        IReadOnlyList<string> twins = ["Sukamaju", "SUKAMAJU", "Sukamulya"];
        Assert.Null(ChoiceMatcher.FindByName("sukamaju", twins, v => v));
    }

    [Fact]
    public void Closest_RespectsMax_WhenManyAreClose()
    {
        Assert.Single(ChoiceMatcher.Closest("sukamaju", Villages, v => v, 1));
    }
}
