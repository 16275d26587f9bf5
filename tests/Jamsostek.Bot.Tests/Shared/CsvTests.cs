using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Tests.Shared;

/// <summary>The CSV lines written through CsvHelper are byte for byte what the hand-written writer produced.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("Siti", "Siti")]
    [InlineData("", "")]
    [InlineData(" spasi ", " spasi ")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("kata \"kutip\"", "\"kata \"\"kutip\"\"\"")]
    [InlineData("baris\nbaru", "\"baris\nbaru\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-5", "'-5")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("\tTAB", "'\tTAB")]
    public void Line_QuotesAndNeutralisesEachFieldAsTheHandWrittenWriterDid(string value, string expected) =>
        Assert.Equal(expected + ",x\r\n", Csv.Line([value, "x"]));

    [Fact]
    public void Line_EndsWithCrLf_AndTurnsNullIntoAnEmptyField() =>
        Assert.Equal("a,,'+62\r\n", Csv.Line(["a", null, "+62"]));
}
