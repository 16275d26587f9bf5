using System.Globalization;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.SignUps;

/// <summary>What the worker reads in their chat after an officer's decision.</summary>
public static class DecisionMessages
{
    private const string Welcome = "Pendaftaran Anda disetujui. Selamat, Anda sekarang peserta BPJS Ketenagakerjaan.\n";

    /// <summary>Approval of a worker who pays themselves: the amount and due date from the tariff for the first month.</summary>
    public static Reply Approved(SignUp s, FirstPayment first)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(first);
        var lines = new List<string>
        {
            $"Nomor kepesertaan (KPJ): {s.Kpj}",
            $"Program: {ProgramNames(s.Programs)}.",
            $"Iuran Anda {IndonesianFormat.Money(first.Quote.Total)} per bulan.",
        };
        if (first.Quote.Relief is { } relief)
        {
            lines.Add($"Sudah termasuk keringanan {relief.PercentOff}% untuk JKK dan JKM ({relief.Regulation}) sampai iuran bulan {IndonesianFormat.Month(relief.LastMonth)}; "
                + $"sesudahnya {IndonesianFormat.Money(first.Quote.TotalWithoutRelief)} per bulan.");
        }

        if (first.Quote.Total != s.MonthlyContribution)
        {
            lines.Add($"Besarnya berbeda dari yang disebutkan saat Anda mendaftar ({IndonesianFormat.Money(s.MonthlyContribution)}) karena dihitung menurut tarif yang berlaku untuk bulan iuran pertama Anda.");
        }

        lines.Add(first.PeriodMonths > 1
            ? $"Iuran pertama: sekaligus {first.PeriodMonths.ToString(CultureInfo.InvariantCulture)} bulan (iuran bulan {IndonesianFormat.Month(first.Month)} sampai {IndonesianFormat.Month(first.LastMonth)}) sebesar {IndonesianFormat.Money(first.PeriodTotal)}, dibayar paling lambat {IndonesianFormat.Date(first.Due)}."
            : $"Iuran pertama: iuran bulan {IndonesianFormat.Month(first.Month)}, dibayar paling lambat {IndonesianFormat.Date(first.Due)}.");
        lines.Add("Sesudah itu, iuran setiap bulan jatuh tempo tanggal 15 bulan itu juga (bila hari libur, hari kerja berikutnya).");
        lines.Add("Cara membayar: di bank, gerai ritel, atau dompet digital, dengan menyebutkan kode bayar atau 16 angka NIK Anda.");
        return Reply.Plain(Welcome + string.Join('\n', lines));
    }

    /// <summary>Approval of a worker whose contributions a regency programme pays (APBD): no amount, nothing to pay.</summary>
    public static Reply ApprovedSponsored(SignUp s, Sponsor sponsor)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(sponsor);
        var text = Welcome
            + $"Nomor kepesertaan (KPJ): {s.Kpj}\n"
            + $"Program: {ProgramNames(s.Programs)}.\n"
            + $"Iuran Anda dibayar oleh {sponsor.Name} (pemerintah daerah). Anda tidak perlu membayar iuran sendiri.";
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
                ? "\nUntuk mengirim ulang, ketik *daftar* lalu isi kembali semua data Anda dengan perbaikan tersebut. Pendaftaran akan diperiksa lagi dengan nomor referensi yang sama."
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
