using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class ChoiceMatcherTests
{
    private static readonly IReadOnlyList<ChoiceOption> Jobs =
    [
        new("petani", "Petani / pekebun", ["tani", "berkebun", "sawah"]),
        new("nelayan", "Nelayan", ["melaut", "tangkap ikan"]),
        new("pedagang", "Pedagang", ["jualan", "dagang", "warung", "pedagang kaki lima"]),
        new("ojek", "Ojek", ["ojol", "gojek", "grab", "maxim", "ojek online", "ojek pangkalan"]),
        new("buruh", "Buruh harian lepas", []),
    ];

    private static readonly IReadOnlyList<ChoiceOption> Programs =
    [
        new("jkk-jkm", "JKK + JKM", []),
        new("jkk-jkm-jht", "JKK + JKM + JHT", []),
    ];

    [Theory]
    [InlineData("1", "petani")]
    [InlineData("2", "nelayan")]
    [InlineData("2.", "nelayan")]
    [InlineData("no 2", "nelayan")]
    [InlineData("no. 4", "ojek")]
    [InlineData("saya pilih nomor 5", "buruh")]
    [InlineData("ojek", "ojek")]
    [InlineData("OJEK!", "ojek")]
    [InlineData("Nelayan", "nelayan")]
    [InlineData("petani / pekebun", "petani")]
    [InlineData("ojol", "ojek")]
    [InlineData("Gojek", "ojek")]
    [InlineData("grab", "ojek")]
    [InlineData("ojek online", "ojek")]
    [InlineData("saya ojol", "ojek")]
    [InlineData("saya jualan di pasar", "pedagang")]
    [InlineData("petanii", "petani")]
    [InlineData("nelayn", "nelayan")]
    [InlineData("pedangang", "pedagang")]
    [InlineData("saya nelayn", "nelayan")]
    [InlineData("buruh harian", "buruh")]
    [InlineData("pedagang kaki lima", "pedagang")]
    public void Match_ReturnsOption_WhenAnswerIsClear(string input, string expectedId)
    {
        var match = ChoiceMatcher.Match(input, Jobs);

        Assert.NotNull(match.Option);
        Assert.Equal(expectedId, match.Option.Id);
        Assert.Empty(match.Suggestions);
    }

    [Theory]
    [InlineData("JKK + JKM", "jkk-jkm")]
    [InlineData("jkk jkm", "jkk-jkm")]
    [InlineData("jkk+jkm", "jkk-jkm")]
    [InlineData("JKK + JKM + JHT", "jkk-jkm-jht")]
    [InlineData("jkk jkm jht", "jkk-jkm-jht")]
    [InlineData("yang ada jkk jkm jht nya", "jkk-jkm-jht")]
    [InlineData("2", "jkk-jkm-jht")]
    public void Match_ReturnsProgram_WhenLabelIsTyped(string input, string expectedId)
    {
        Assert.Equal(expectedId, ChoiceMatcher.Match(input, Programs).Option?.Id);
    }

    [Theory]
    [InlineData("jkk", new[] { "jkk-jkm", "jkk-jkm-jht" })]
    [InlineData("JKK", new[] { "jkk-jkm", "jkk-jkm-jht" })]
    public void Match_ReturnsSuggestions_WhenPrefixIsShared(string input, string[] expectedIds)
    {
        var match = ChoiceMatcher.Match(input, Programs);

        Assert.Null(match.Option);
        Assert.Equal(expectedIds, match.Suggestions.Select(o => o.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("astronot")]
    [InlineData("tidak tahu")]
    [InlineData("petani atau nelayan")]
    [InlineData("xyz")]
    public void Match_ReturnsNoOption_WhenAnswerIsUnclear(string input)
    {
        var match = ChoiceMatcher.Match(input, Jobs);

        Assert.Null(match.Option);
        Assert.True(match.Suggestions.Count <= 3);
    }

    [Fact]
    public void Match_SuggestsBoth_WhenSentenceNamesTwoOptions()
    {
        var match = ChoiceMatcher.Match("petani atau nelayan", Jobs);

        Assert.Equal(["nelayan", "petani"], match.Suggestions.Select(o => o.Id).Order());
    }

    [Fact]
    public void Match_SuggestsClosest_WhenTypoIsTooFar()
    {
        var match = ChoiceMatcher.Match("pdgng", Jobs);

        Assert.Null(match.Option);
        Assert.Equal("pedagang", match.Suggestions[0].Id);
    }
}
