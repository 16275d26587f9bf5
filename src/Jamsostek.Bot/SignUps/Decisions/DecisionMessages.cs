using System.Globalization;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>What the worker reads in their chat after an officer's decision.</summary>
public static class DecisionMessages
{
    /// <summary>Approval of a worker who pays themselves, as one text (both messages of <see cref="ApprovedMessages"/>).</summary>
    public static Reply Approved(SignUp s, FirstPayment first) =>
        Reply.Plain(string.Join("\n\n", ApprovedMessages(s, first).Select(r => r.Text)));

    /// <summary>
    /// Approval of a worker who pays themselves, in two messages that each fit a phone screen: who is approved,
    /// with the reference and the KPJ; then the amount and due date from the tariff for the first month, and how to pay.
    /// A chat may have registered two people (a husband and his wife), so both name the person.
    /// </summary>
    public static IReadOnlyList<Reply> ApprovedMessages(SignUp s, FirstPayment first)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(first);
        var lines = new List<string>();
        lines.Add(first.Quote.Relief is { } relief
            ? $"Iuran Anda {IndonesianFormat.Money(first.Quote.Total)} per bulan, keringanan {relief.PercentOff}% ({relief.Regulation}) sampai iuran bulan {IndonesianFormat.Month(relief.LastMonth)}; sesudahnya {IndonesianFormat.Money(first.Quote.TotalWithoutRelief)} per bulan."
            : $"Iuran Anda {IndonesianFormat.Money(first.Quote.Total)} per bulan.");
        if (first.Quote.Total != s.MonthlyContribution)
        {
            lines.Add($"Berbeda dari yang disebutkan saat mendaftar ({IndonesianFormat.Money(s.MonthlyContribution)}) karena tarifnya berubah.");
        }

        lines.AddRange(PaymentLines(first));
        return [Reply.Plain(Welcome(s)), Reply.Plain(string.Join('\n', lines))];
    }

    /// <summary>
    /// Approval of a worker whose sponsor pays part of the programmes (JKK and JKM) while the worker pays the rest (the
    /// JHT they added): who pays which programme, then the worker's own part as a self-paying worker is told it.
    /// </summary>
    public static IReadOnlyList<Reply> ApprovedPartlySponsored(SignUp s, Sponsor sponsor, FirstPayment own)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(sponsor);
        ArgumentNullException.ThrowIfNull(own);
        var welcome = Welcome(s) + "\n" + $"Iuran {ProgramNames(sponsor.Programs)} dibayar oleh {sponsor.Name} (pemerintah daerah).";
        var ownNames = ProgramNames(string.Join(',', own.Quote.Lines.Select(l => l.Program.ToString())));
        var lines = new List<string> { $"Iuran {ownNames} Anda bayar sendiri: {IndonesianFormat.Money(own.Quote.Total)} per bulan." };
        lines.AddRange(PaymentLines(own));
        return [Reply.Plain(welcome), Reply.Plain(string.Join('\n', lines))];
    }

    // The first payment, the monthly due date and how to pay: the same for every worker who pays themselves.
    private static List<string> PaymentLines(FirstPayment first)
    {
        var lines = new List<string>();
        lines.Add(first.PeriodMonths > 1
            ? $"Iuran pertama: sekaligus {first.PeriodMonths.ToString(CultureInfo.InvariantCulture)} bulan (iuran bulan {IndonesianFormat.Month(first.Month)} sampai {IndonesianFormat.Month(first.LastMonth)}) sebesar {IndonesianFormat.Money(first.PeriodTotal)}, dibayar paling lambat {IndonesianFormat.Date(first.Due)}."
            : $"Iuran pertama: iuran bulan {IndonesianFormat.Month(first.Month)}, dibayar paling lambat {IndonesianFormat.Date(first.Due)}.");
        lines.Add("Sesudahnya, iuran tiap bulan paling lambat tanggal 15.");
        lines.Add("Cara membayar: di bank, ritel, atau dompet digital dengan kode bayar atau NIK; jangan ke rekening pribadi.");
        return lines;
    }

    private static string Welcome(SignUp s) =>
        $"✅ Pendaftaran {s.FullName} (nomor referensi {s.Reference}) disetujui. Selamat, {s.FullName} sekarang peserta BPJS Ketenagakerjaan.\n"
        + $"Nomor kepesertaan (KPJ): {s.Kpj}\n"
        + $"Program: {ProgramNames(s.Programs)}.";

    /// <summary>Approval of a worker whose contributions a regency programme pays (APBD): no amount, nothing to pay.</summary>
    public static Reply ApprovedSponsored(SignUp s, Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(sponsor);
        var text = Welcome(s) + "\n"
            + $"Iuran dibayar oleh {sponsor.Name} (pemerintah daerah), tidak perlu membayar sendiri.";
        return Reply.Plain(text);
    }

    public static Reply Rejected(SignUp s, RejectionReason reason, string? note)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(reason);
        var text =
            $"Mohon maaf, pendaftaran Anda (nomor referensi {s.Reference}) belum dapat disetujui.\n"
            + $"Alasan: {ReasonText(reason, note)}\n"
            + $"Cara memperbaiki: {reason.HowToFix}"
            + (reason.CanResubmit
                ? "\nUntuk memperbaiki, ketik *daftar*: jawaban Anda yang lain sudah terisi, Anda cukup memperbaiki yang diminta lalu mengirim ulang. Nomor referensinya tetap sama."
                : string.Empty);
        return Reply.Plain(text);
    }

    /// <summary>
    /// "NIK tidak sesuai dengan KTP." or, with a note, "NIK tidak sesuai dengan KTP. Angka ke-7 salah." A free-text
    /// reason ("lainnya") is the officer's note alone, so the worker never reads "Alasan lain".
    /// </summary>
    public static string ReasonText(RejectionReason reason, string? note)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : Sentence(note.Trim());
        if (reason.Code == RejectionReason.Other)
        {
            return trimmed ?? Sentence(reason.Label);
        }

        return trimmed is null ? Sentence(reason.Label) : $"{Sentence(reason.Label)} {trimmed}";
    }

    public static string ProgramNames(string programs) => string.Join(", ", programs
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(p => p.ToUpperInvariant() switch
        {
            "JKK" => "jaminan kecelakaan kerja (JKK)",
            "JKM" => "jaminan kematian (JKM)",
            "JHT" => "jaminan hari tua (JHT)",
            var other => other,
        }));

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";
}
