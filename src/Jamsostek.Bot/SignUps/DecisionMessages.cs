using System.Globalization;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.SignUps;

/// <summary>What the worker reads in their chat after an officer's decision.</summary>
public static class DecisionMessages
{
    public static Reply Approved(SignUp s, DateOnly approvedOnLocal)
    {
        var firstMonth = new DateOnly(approvedOnLocal.Year, approvedOnLocal.Month, 1);
        var due = DueDates.DueDateOf(firstMonth);
        var period = s.PaymentPeriodMonths > 1
            ? $"\nAnda memilih membayar sekaligus untuk {s.PaymentPeriodMonths.ToString(CultureInfo.InvariantCulture)} bulan: {IndonesianFormat.Money(s.MonthlyContribution * s.PaymentPeriodMonths)}."
            : string.Empty;
        var text =
            $"Pendaftaran Anda disetujui. Selamat, Anda sekarang peserta BPJS Ketenagakerjaan.\n"
            + $"Nomor kepesertaan (KPJ): {s.Kpj}\n"
            + $"Program: {ProgramNames(s.Programs)}.\n"
            + $"Iuran Anda {IndonesianFormat.Money(s.MonthlyContribution)} per bulan.{period}\n"
            + $"Iuran pertama: iuran bulan {IndonesianFormat.Month(firstMonth)}, "
            + (approvedOnLocal <= due ? $"dibayar paling lambat {IndonesianFormat.Date(due)}. " : "mohon dibayar secepatnya. ")
            + "Iuran bulan berikutnya jatuh tempo setiap tanggal 15.\n"
            + "Cara membayar: di bank, gerai ritel, atau dompet digital, dengan menyebutkan kode bayar atau 16 angka NIK Anda.";
        return Reply.Plain(text);
    }

    public static Reply Rejected(SignUp s, RejectionReason reason, string? note)
    {
        var detail = string.IsNullOrWhiteSpace(note) ? string.Empty : $" Keterangan petugas: {note.Trim()}";
        var text =
            $"Mohon maaf, pendaftaran Anda (nomor referensi {s.Reference}) belum dapat disetujui.\n"
            + $"Alasan: {reason.Label}.{detail}\n"
            + $"Cara memperbaiki: {reason.HowToFix}\n"
            + "Ketik *daftar* untuk memperbaiki data lalu kirim ulang.";
        return Reply.Plain(text);
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
}
