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

        return CheckOutcome.Refuse(AlreadyRegistered(scope, existing));
    }

    /// <summary>
    /// Why a NIK cannot sign up again. Its own chat sees the reference and status; any other chat only
    /// learns that the NIK is taken, since whoever typed it may not be its owner.
    /// </summary>
    public static string AlreadyRegistered(TurnScope scope, ExistingSignUp existing)
    {
        if (scope.Context.Lookups.FindLatestSignUpOfChat()?.Reference != existing.Reference)
        {
            return "NIK ini sudah punya pendaftaran yang sedang diproses atau sudah disetujui, dan satu NIK hanya bisa didaftarkan sekali. "
                + "Bila itu bukan pendaftaran Anda, silakan hubungi petugas BPJS Ketenagakerjaan atau contact center 175.";
        }

        var status = existing.Status == SignUpStatus.Approved
            ? $"sudah disetujui{(existing.Kpj is null ? string.Empty : $" dengan nomor kepesertaan (KPJ) {existing.Kpj}")}"
            : "sedang menunggu pemeriksaan petugas";
        return $"Anda sudah mendaftar dengan NIK ini: nomor referensi {existing.Reference}, pendaftarannya {status}. "
            + "Satu NIK hanya bisa didaftarkan sekali, jadi pendaftaran baru tidak kami simpan.";
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
