using Jamsostek.Bot.Conversations;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.Conversations;

public sealed class ReplyJoinerTests
{
    private static readonly ReplyChoice[] YesNo = [new("ya", "Ya"), new("tidak", "Tidak")];

    [Fact]
    public void Join_SendsExplanationAndQuestionAsOneMessage_WhenTheyFitOneScreen()
    {
        var joined = ReplyJoiner.Join([Reply.Plain("Pendaftaran BPU gratis."), new Reply("Apakah Anda setuju?", YesNo)]);

        var one = Assert.Single(joined);
        Assert.Equal("Pendaftaran BPU gratis.\n\nApakah Anda setuju?", one.Text);
        Assert.Equal(YesNo, one.Choices);
    }

    public static TheoryData<string, Reply[], int> KeptApart() => new()
    {
        { "too many characters together", [Reply.Plain(new string('a', 300)), Reply.Plain(new string('b', 199))], 2 },
        { "too many lines together", [Reply.Plain("1\n2\n3\n4\n5"), Reply.Plain("6\n7\n8")], 2 },
        { "buttons come first", [new Reply("Setuju?", YesNo), Reply.Plain("Terima kasih.")], 2 },
        { "a contact request comes first", [new Reply("Kirim nomor HP?", [], RequestContact: true), Reply.Plain("Atau ketik.")], 2 },
        { "three short texts", [Reply.Plain("Satu."), Reply.Plain("Dua."), Reply.Plain("Tiga?")], 1 },
    };

    [Theory]
    [MemberData(nameof(KeptApart))]
    public void Join_KeepsThePhoneScreenLimitAndButtonsWithTheirText(string why, Reply[] replies, int expected)
    {
        var joined = ReplyJoiner.Join(replies);

        Assert.True(expected == joined.Count, why);
        Assert.All(joined, r => Assert.True(r.Text.Length <= ReplyJoiner.MaxChars && r.Text.Split('\n').Length <= ReplyJoiner.MaxLines, why));
        Assert.Equal(replies[^1].Choices, joined[^1].Choices);
    }
}
