using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// The member's lines under the status of an approved sign-up: KPJ, paid-through month, next due date and amount.
/// Its own type so that a status listing several sign-ups can add them under each approved one.
/// </summary>
public static class MemberStatusLines
{
    public static string Describe(MemberStatus member)
    {
        ArgumentNullException.ThrowIfNull(member);
        // A sponsored member paying their own JHT reads which part is theirs: "iuran JHT", never the sponsor's amount.
        var own = member.Sponsor is null || member.SelfPaid is not { Count: > 0 } selfPaid ? string.Empty : " " + ComputedValues.ProgramWords(selfPaid);
        var lines = new List<string>
        {
            member.PaidThrough is { } paid
                ? $"KPJ {member.Kpj}: iuran{own} sudah tercatat dibayar sampai bulan {IndonesianFormat.Month(paid)}."
                : $"KPJ {member.Kpj}: belum ada iuran{own} yang tercatat dibayar.",
        };
        if (member.Sponsored)
        {
            lines.Add("Iuran Anda dibayar pemerintah daerah; Anda tidak perlu membayar sendiri.");
            return string.Join('\n', lines);
        }

        if (member.Sponsor is { } sponsor && own.Length > 0)
        {
            lines.Add($"Iuran {ComputedValues.ProgramWords(sponsor.Pays)} Anda dibayar oleh {sponsor.Name}; iuran{own} Anda bayar sendiri.");
        }

        if (member.Lapsed)
        {
            lines.Add($"⚠️ Iuran sejak bulan {IndonesianFormat.Month(member.NextMonth)} belum dibayar lebih dari 3 bulan, sehingga kepesertaan berakhir. Silakan hubungi petugas atau contact center 175.");
            return string.Join('\n', lines);
        }

        if (member.MonthsInArrears > 0)
        {
            lines.Add($"⚠️ Tunggakan {member.MonthsInArrears} bulan, sejak bulan {IndonesianFormat.Month(member.NextMonth)}.");
        }

        if (member is { NextDueDate: { } due, NextAmount: { } amount })
        {
            lines.Add($"Iuran{own} berikutnya: bulan {IndonesianFormat.Month(member.NextMonth)}, {IndonesianFormat.Money(amount)}, paling lambat {IndonesianFormat.Date(due)}.");
        }

        if (!member.RemindersOn)
        {
            lines.Add("Pengingat iuran sedang mati; ketik *mulai pengingat* untuk menyalakannya.");
        }

        return string.Join('\n', lines);
    }

    /// <summary>The status text of a sign-up, with the member's lines under it when it is approved and the member is known.</summary>
    public static string WithMember(string statusText, ExistingSignUp? signUp, IDialogLookups lookups)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        return signUp is { Status: SignUpStatus.Approved, Kpj: { } kpj } && lookups.FindMemberStatus(kpj) is { } member
            ? statusText + "\n" + Describe(member)
            : statusText;
    }
}
