using System.Globalization;
using Jamsostek.Dialogs.Engine.Inputs;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Checks a flow can name after an answer is read. Each may accept, ask again, refuse, or ask a sub-question.</summary>
internal static class StepChecks
{
    public const string DateMismatch = "tanggal-beda";

    private static readonly Dictionary<string, Func<TurnScope, CheckOutcome>> All = new(StringComparer.Ordinal)
    {
        ["nik-not-registered"] = NikNotRegistered,
        ["age-eligible"] = AgeEligible,
        ["matches-nik"] = MatchesNik,
    };

    public static IReadOnlySet<string> Names { get; } = All.Keys.ToHashSet(StringComparer.Ordinal);

    public static CheckOutcome Run(string name, TurnScope scope) => All[name](scope);

    private static CheckOutcome NikNotRegistered(TurnScope scope)
    {
        if (scope.Slot("nik") is not { } nik || scope.Context.Lookups.FindActiveSignUp(nik) is not { } existing)
        {
            return CheckOutcome.Pass;
        }

        var status = existing.Status == SignUpStatus.Approved
            ? $"sudah disetujui{(existing.Kpj is null ? string.Empty : $" dengan nomor kepesertaan (KPJ) {existing.Kpj}")}"
            : "sedang menunggu pemeriksaan petugas";
        return CheckOutcome.Refuse(
            $"NIK ini sudah terdaftar dengan nomor referensi {existing.Reference}, pendaftarannya {status}. "
            + "Satu NIK hanya bisa didaftarkan sekali, jadi pendaftaran baru tidak kami simpan.");
    }

    private static CheckOutcome AgeEligible(TurnScope scope)
    {
        if (NikInput.InfoOf(scope) is not { } info)
        {
            return CheckOutcome.Pass;
        }

        var result = scope.Services.Eligibility.Check(info.BirthDate, scope.Today);
        return result.Eligible ? CheckOutcome.Pass : CheckOutcome.Refuse(result.Explanation ?? "Maaf, usia Anda belum memenuhi syarat.");
    }

    private static CheckOutcome MatchesNik(TurnScope scope)
    {
        if (NikInput.InfoOf(scope) is not { } info
            || !DateOnly.TryParseExact(scope.Slot("tanggal_lahir"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed)
            || typed == info.BirthDate)
        {
            return CheckOutcome.Pass;
        }

        var fromNik = IndonesianFormat.Date(info.BirthDate);
        return CheckOutcome.Ask(
            DateMismatch,
            $"Tanggal lahir di NIK Anda {fromNik}, tetapi Anda mengetik {IndonesianFormat.Date(typed)}. "
            + "Data harus sama dengan KTP, agar klaim nanti tidak terhambat.\nMana yang benar?",
            [new ReplyChoice("tgl-nik", $"{fromNik} sesuai KTP"), new ReplyChoice("nik-salah", "Saya salah ketik NIK")]);
    }
}

internal sealed record CheckOutcome(CheckKind Kind, string? Text = null, string? Pending = null, IReadOnlyList<ReplyChoice>? Choices = null)
{
    public static CheckOutcome Pass { get; } = new(CheckKind.Pass);

    public static CheckOutcome Refuse(string reason) => new(CheckKind.Refuse, reason);

    public static CheckOutcome Ask(string pending, string text, IReadOnlyList<ReplyChoice> choices) => new(CheckKind.Ask, text, pending, choices);
}

internal enum CheckKind
{
    Pass,
    Refuse,
    Ask,
}
