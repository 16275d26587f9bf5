using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Answers;

/// <summary>What a topic's action adds to its answer: a computed quote, the asker's own status, a handoff, a deletion.</summary>
public sealed class TopicActions(Tariff tariff)
{
    public const string ConfirmDeleteChoice = "hapus-data:ya";
    public const string DeclineDeleteChoice = "hapus-data:tidak";

    private static readonly BpuProgram[] Basic = [BpuProgram.Jkk, BpuProgram.Jkm];
    private static readonly BpuProgram[] WithJht = [BpuProgram.Jkk, BpuProgram.Jkm, BpuProgram.Jht];

    /// <summary>The action's reply, which stands instead of the topic's fixed text; null to use that text.</summary>
    public QuestionReply? Run(string? action, string? question, TurnContext context) => action switch
    {
        "quote-contribution" => Quote(question, context),
        "signup-status" => Status(context),
        "handoff" => Handoff(question),
        "delete-data" when question is not null && TextNormalizer.Normalize(question).Contains("hapus", StringComparison.Ordinal) => AskDelete(),
        _ => null,
    };

    public QuestionReply Handoff(string? question) => new(
        true,
        [Reply.Plain("Baik, pertanyaan Anda sudah kami teruskan ke petugas. Petugas akan membalas di sini. Bila mendesak, hubungi contact center BPJS Ketenagakerjaan 175.")],
        [new HandoffRequestedEffect(question ?? "(meminta dihubungi petugas)")]);

    public QuestionReply DeleteConfirmed() => new(
        true,
        [Reply.Plain("Data pribadi dari pendaftaran Anda yang belum disetujui sudah kami hapus. Data kepesertaan yang sudah disetujui tetap disimpan BPJS Ketenagakerjaan sesuai aturan.")],
        [new DeletePersonalDataEffect()]);

    private static QuestionReply AskDelete() => new(
        true,
        [new Reply(
            "Anda ingin menghapus data pribadi Anda dari pendaftaran yang belum disetujui. Data yang sudah dihapus tidak bisa dikembalikan.\nYakin hapus data Anda?",
            [new ReplyChoice(ConfirmDeleteChoice, "Ya, hapus data saya"), new ReplyChoice(DeclineDeleteChoice, "Tidak jadi")])],
        []);

    private QuestionReply? Quote(string? question, TurnContext context)
    {
        var amounts = question is null ? [] : MoneyParser.FindAmounts(question);
        if (amounts.Count == 0)
        {
            return null;
        }

        var month = WorkerCalendar.ContributionMonth(context.Now);
        var income = amounts[0];
        var basic = tariff.Quote(income, Basic, month, occupationId: null, sponsored: false);
        var full = tariff.Quote(income, WithJht, month, occupationId: null, sponsored: false);
        var relief = basic.Relief is { } r
            ? $"\nSudah termasuk keringanan {r.PercentOff}% untuk JKK dan JKM ({r.Regulation}) sampai iuran bulan {IndonesianFormat.Month(r.LastMonth)}."
            : string.Empty;
        var text = $"Untuk penghasilan {IndonesianFormat.Money(income)}/bulan, dasar iuran Anda {IndonesianFormat.Money(basic.Bracket.Base)}:\n"
            + $"• JKK + JKM: {IndonesianFormat.Money(basic.Total)}/bulan\n"
            + $"• JKK + JKM + JHT: {IndonesianFormat.Money(full.Total)}/bulan{relief}";
        return new QuestionReply(true, [Reply.Plain(text)], []);
    }

    private static QuestionReply Status(TurnContext context) =>
        new(true, [Reply.Plain(SignUpStatusText.Describe(context.Lookups.FindLatestSignUpOfChat()))], []);
}
