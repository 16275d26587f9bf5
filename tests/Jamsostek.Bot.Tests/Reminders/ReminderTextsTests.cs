using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Shared;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class ReminderTextsTests
{
    private static readonly ReminderTexts Texts = ReminderTexts.Load(new DialogsOptions().ResolvePath());

    public static TheoryData<string> Kinds => [.. ReminderKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_QuotesMonthAmountKpjAndHowToPay_EndsWithHowToStop_AndFitsAPhone(string kind)
    {
        // The longest values: a 12-month period in September (the longest month name), a seven-figure amount.
        var text = Texts.Render(new DueReminder(kind, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 15), 12, 7_535_600m), "12345678901");

        Assert.Contains("September 2026", text, StringComparison.Ordinal);
        Assert.Contains("Rp7.535.600", text, StringComparison.Ordinal);
        Assert.Contains("KPJ 12345678901", text, StringComparison.Ordinal);
        Assert.Contains("kode bayar atau 16 angka NIK", text, StringComparison.Ordinal);
        Assert.EndsWith("Ketik *berhenti*.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 500);
        Assert.InRange(text.Split('\n').Length, 1, 8);
    }

    [Fact]
    public void Render_FinalWarning_SaysWhatTheFamilyLoses()
    {
        var text = Texts.Render(new DueReminder(ReminderKinds.FinalWarning, new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 15), 4, 58_800m), "12345678901");
        Assert.Contains("kepesertaan Anda berakhir", text, StringComparison.Ordinal);
        Assert.Contains("santunan kematian (JKM) dan beasiswa anak", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("h-7", "pengingat/pengingat.yaml:h-7: the text must use {kpj}.", "Iuran {bulan} {jumlah} {cara_bayar} {cara_berhenti}")]
    [InlineData("h-3", "pengingat/pengingat.yaml:h-3: the text must end with {cara_berhenti}", "Iuran {bulan} {jumlah} {kpj} {cara_bayar}")]
    public void Parse_RefusesAText_WithoutWhatEveryReminderMustSay(string kind, string fault, string text)
    {
        var yaml = "cara_bayar: bayar\ncara_berhenti: berhenti\npengingat:\n"
            + string.Concat(ReminderKinds.All.Select(k => $"  - id: {k}\n    text: \"{(k == kind ? text : "{bulan} {jumlah} {kpj} {cara_bayar} {cara_berhenti}")}\"\n"));
        var ex = Assert.Throws<InvalidDataException>(() => ReminderTexts.Parse(yaml));
        Assert.Contains(fault, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamesEveryMissingKind()
    {
        var ex = Assert.Throws<InvalidDataException>(() => ReminderTexts.Parse("cara_bayar: a\ncara_berhenti: b\npengingat: []"));
        Assert.All(ReminderKinds.All, k => Assert.Contains($"pengingat/pengingat.yaml:{k}: missing.", ex.Message, StringComparison.Ordinal));
    }
}
