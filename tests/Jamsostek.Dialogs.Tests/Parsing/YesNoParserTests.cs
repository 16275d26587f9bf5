using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Tests.Parsing;

public class YesNoParserTests
{
    [Theory]
    [InlineData("ya")]
    [InlineData("Ya")]
    [InlineData("iya")]
    [InlineData("iyaa")]
    [InlineData("iyaaa")]
    [InlineData("y")]
    [InlineData("yes")]
    [InlineData("ok")]
    [InlineData("oke")]
    [InlineData("okay")]
    [InlineData("OKEE!!")]
    [InlineData("setuju")]
    [InlineData("saya setuju")]
    [InlineData("Ya, setuju")]
    [InlineData("benar")]
    [InlineData("betul")]
    [InlineData("bener")]
    [InlineData("boleh")]
    [InlineData("siap")]
    [InlineData("sip")]
    [InlineData("mau")]
    [InlineData("lanjut")]
    [InlineData("👍")]
    [InlineData("iya kak")]
    [InlineData("ya saya setuju.")]
    public void Parse_ReturnsTrue_WhenAnswerMeansYes(string input)
    {
        var result = YesNoParser.Parse(input);

        Assert.True(result.Ok, result.Problem);
        Assert.True(result.Value);
    }

    [Theory]
    [InlineData("tidak")]
    [InlineData("Tidak.")]
    [InlineData("tdk")]
    [InlineData("tak")]
    [InlineData("gak")]
    [InlineData("gakkk")]
    [InlineData("ga")]
    [InlineData("gk")]
    [InlineData("nggak")]
    [InlineData("ngga")]
    [InlineData("enggak")]
    [InlineData("engga")]
    [InlineData("no")]
    [InlineData("n")]
    [InlineData("jangan")]
    [InlineData("tidak setuju")]
    [InlineData("saya tidak setuju")]
    [InlineData("bukan")]
    [InlineData("belum")]
    [InlineData("gak mau")]
    [InlineData("👎")]
    public void Parse_ReturnsFalse_WhenAnswerMeansNo(string input)
    {
        var result = YesNoParser.Parse(input);

        Assert.True(result.Ok, result.Problem);
        Assert.False(result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mungkin")]
    [InlineData("gak tau")]
    [InlineData("ya tidak")]
    [InlineData("ya tapi nanti")]
    [InlineData("apa itu?")]
    [InlineData("saya")]
    [InlineData("1")]
    [InlineData("👍👎")]
    [InlineData("terserah")]
    public void Parse_Fails_WhenAnswerIsUnclear(string input)
    {
        var result = YesNoParser.Parse(input);

        Assert.False(result.Ok);
        Assert.Equal("Jawaban Anda belum jelas bagi kami. Ketik \"ya\" atau \"tidak\".", result.Problem);
    }
}
