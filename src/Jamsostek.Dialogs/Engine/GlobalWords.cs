using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine;

/// <summary>Words that work at every step. Only a whole message counts, so "tidak batal" is not "batal".</summary>
internal static class GlobalWords
{
    public const string Cancel = "batal";
    public const string Back = "kembali";
    public const string Restart = "ulang";
    public const string Menu = "menu";
    public const string Help = "bantuan";
    public const string Stop = "berhenti";
    public const string StartReminders = "mulai pengingat";
    public const string ClaimPayment = "sudah bayar";

    /// <summary>The choice that goes on with the flow after *menu* was typed in the middle of it (not a typed word).</summary>
    public const string Continue = "lanjut";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["batal"] = Cancel, ["batalkan"] = Cancel, ["cancel"] = Cancel, ["batal daftar"] = Cancel,
        ["kembali"] = Back, ["back"] = Back, ["sebelumnya"] = Back, ["mundur"] = Back,
        ["ulang"] = Restart, ["ulangi"] = Restart, ["mulai ulang"] = Restart, ["mulai dari awal"] = Restart, ["restart"] = Restart,
        ["menu"] = Menu, ["menu utama"] = Menu,
        ["bantuan"] = Help, ["help"] = Help, ["tolong"] = Help, ["bantu"] = Help,
        ["berhenti"] = Stop, ["stop"] = Stop, ["unsubscribe"] = Stop,
        // Plain "mulai" is the menu's trigger, so turning reminders back on takes the word "pengingat" with it.
        ["sudah bayar"] = ClaimPayment, ["saya sudah bayar"] = ClaimPayment, ["udah bayar"] = ClaimPayment, ["sdh bayar"] = ClaimPayment,
        ["sudah membayar"] = ClaimPayment, ["sudah dibayar"] = ClaimPayment, ["sudah transfer"] = ClaimPayment, ["iuran sudah dibayar"] = ClaimPayment,
        ["mulai pengingat"] = StartReminders, ["nyalakan pengingat"] = StartReminders, ["aktifkan pengingat"] = StartReminders, ["pengingat on"] = StartReminders,
    };

    /// <summary>The global word a message is, if it is one ("/batal" and "Batal!" count).</summary>
    public static string? Of(string text)
    {
        var normal = TextNormalizer.Normalize(text.TrimStart('/'));
        return Words.GetValueOrDefault(normal);
    }

    /// <summary>The way out said with a step's help: short, so that the step's own help is what is read.</summary>
    public const string StepWayOut = "Ketik *kembali* untuk langkah sebelumnya, *lihat data saya* untuk jawaban sejauh ini, atau *batal* untuk berhenti.";

    public const string Reminder =
        "Kata yang bisa dipakai kapan saja: *kembali* (langkah sebelumnya), *ulang* (mulai dari awal), *batal* (berhenti, data tidak disimpan), *menu*, *bantuan*.";
}
