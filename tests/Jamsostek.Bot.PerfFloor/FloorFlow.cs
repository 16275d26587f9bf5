using System.Globalization;
using System.Text.Json;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// The peer's registration (peer-grammy.js), step for step and word for word, as a table: a step asks for text or offers
/// buttons, checks the answer, keeps it and asks the next. Nothing here touches the network; the store is called inside
/// the turn, as the peer's synchronous better-sqlite3 is.
/// </summary>
public sealed class FloorFlow(FloorStore store)
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    private sealed record Step(string Key, Func<Dictionary<string, string>, string> Prompt, string[] Buttons, Func<string, Dictionary<string, string>, string?>? Check, string Retry);

    private static readonly Step[] Steps =
    [
        Choose("consent", "Langkah 1: data Anda dipakai untuk pendaftaran sesuai UU 27/2022. Setuju?", "Setuju", "Tidak setuju"),
        Ask("nik", "Langkah 2: ketik NIK Anda (16 digit, sesuai KTP).", (t, _) => FloorParsers.Nik(t), "NIK harus 16 digit angka. Coba lagi."),
        Ask("nama", "Langkah 3: ketik nama lengkap sesuai KTP.", (t, _) => t.Length >= 3 ? t : null, "Nama terlalu pendek."),
        Ask("lahir", "Langkah 4: tanggal lahir Anda? (contoh 17-08-1985)", (t, a) => FloorParsers.BirthDate(t, a["nik"]), "Tanggal lahir tidak cocok dengan NIK. Coba lagi."),
        Ask("kec", "Langkah 5: nama kecamatan tempat tinggal?", (t, _) => t, "Ketik nama kecamatan."),
        Ask("desa", "Langkah 6: nama desa/kelurahan?", (t, _) => t, "Ketik nama desa."),
        Ask("alamat", "Langkah 7: alamat (jalan, RT/RW)?", (t, _) => t, "Ketik alamat."),
        Ask("hp", "Langkah 8: nomor HP aktif?", (t, _) => FloorParsers.Phone(t), "Nomor HP tidak valid."),
        Choose("kerja", "Langkah 9: pekerjaan Anda?", "Petani", "Nelayan", "Pedagang", "Ojek", "Buruh harian", "Lainnya"),
        Ask("inc", "Langkah 10: penghasilan sebulan? (contoh 2,5 jt)", (t, _) => FloorParsers.Money(t)?.ToString(CultureInfo.InvariantCulture), "Tulis angka penghasilan, contoh 2,5 jt."),
        new("prog", ProgrammePrompt, ["JKK + JKM", "JKK + JKM + JHT"], null, ""),
        Choose("per", "Langkah 12: bayar iuran tiap berapa bulan?", "1 bulan", "3 bulan", "6 bulan", "12 bulan"),
        Ask("waris", "Langkah 13: nama ahli waris?", (t, _) => t.Length >= 3 ? t : null, "Nama terlalu pendek."),
        Choose("hub", "Langkah 14: hubungan ahli waris dengan Anda?", "Suami", "Istri", "Anak", "Orang tua", "Saudara"),
        new("kirim", a => $"Periksa data: {a["nama"]}, NIK {a["nik"]}, lahir {a["lahir"]}. Kirim?", ["Ya, kirim", "Batal"], null, ""),
    ];

    /// <summary>Runs one update against the chat's state; returns the calls to make. State is changed in place.</summary>
    public IReadOnlyList<FloorOutgoing> Handle(FloorState state, FloorInbound inbound)
    {
        var chat = inbound.ChatId;
        if (state.Step == 0)
        {
            return inbound.Text switch
            {
                null => [],
                var t when t.StartsWith("/start", StringComparison.Ordinal) => [FloorOutgoing.Message(chat, "Halo! Ketik daftar untuk mendaftar BPJS Ketenagakerjaan.")],
                var t when t.Contains("daftar", StringComparison.OrdinalIgnoreCase) => Enter(state, chat),
                _ => [FloorOutgoing.Message(chat, "Ketik daftar untuk mendaftar.")],
            };
        }

        var step = Steps[state.Step - 1];
        return step.Check is null ? Pressed(state, step, inbound) : Typed(state, step, inbound);
    }

    private static FloorOutgoing[] Enter(FloorState state, long chat)
    {
        state.Step = 1;
        state.Answers.Clear();
        return [Prompt(Steps[0], state.Answers, chat)];
    }

    private IReadOnlyList<FloorOutgoing> Pressed(FloorState state, Step step, FloorInbound inbound)
    {
        var chat = inbound.ChatId;
        if (inbound.CallbackId is null || inbound.CallbackData is not { } data || !data.StartsWith("c:", StringComparison.Ordinal)
            || !int.TryParse(data.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= step.Buttons.Length)
        {
            return [FloorOutgoing.Message(chat, "Silakan pilih salah satu tombol.")];
        }

        var ack = FloorOutgoing.Acknowledge(chat, inbound.CallbackId);
        var label = step.Buttons[index];
        if (step.Key == "consent" && label != "Setuju")
        {
            state.Step = 0;
            return [ack, FloorOutgoing.Message(chat, "Baik, pendaftaran dibatalkan.")];
        }

        if (step.Key == "kirim")
        {
            state.Step = 0;
            if (label != "Ya, kirim")
            {
                return [ack, FloorOutgoing.Message(chat, "Dibatalkan.")];
            }

            var id = store.SaveSignUp(chat, state.Answers["nik"], JsonSerializer.Serialize(state.Answers, FloorJson.Default.DictionaryStringString));
            return [ack, FloorOutgoing.Message(chat, $"Pendaftaran berhasil. Nomor referensi: REF-{id}. Petugas akan memeriksa data Anda.")];
        }

        state.Answers[step.Key] = label;
        return [ack, Next(state, chat)];
    }

    private IReadOnlyList<FloorOutgoing> Typed(FloorState state, Step step, FloorInbound inbound)
    {
        var chat = inbound.ChatId;
        if (inbound.Text is not { } text)
        {
            return [];
        }

        if (step.Check!(text.Trim(), state.Answers) is not { Length: > 0 } value)
        {
            return [FloorOutgoing.Message(chat, step.Retry)];
        }

        if (step.Key == "nik" && store.NikTaken(value))
        {
            state.Step = 0;
            return [FloorOutgoing.Message(chat, "NIK ini sudah terdaftar. Ketik status untuk melihat pendaftaran Anda.")];
        }

        state.Answers[step.Key] = value;
        return [Next(state, chat)];
    }

    private static FloorOutgoing Next(FloorState state, long chat)
    {
        state.Step++;
        return Prompt(Steps[state.Step - 1], state.Answers, chat);
    }

    private static FloorOutgoing Prompt(Step step, Dictionary<string, string> answers, long chat) =>
        FloorOutgoing.Message(chat, step.Prompt(answers), step.Buttons);

    private static string ProgrammePrompt(Dictionary<string, string> answers)
    {
        var contributionBase = FloorParsers.ContributionBase(long.Parse(answers["inc"], CultureInfo.InvariantCulture));
        var basic = (contributionBase / 100 + 6_800).ToString("N0", Indonesian);
        var withJht = (contributionBase * 3 / 100 + 6_800).ToString("N0", Indonesian);
        return $"Langkah 11: program? JKK+JKM Rp{basic}/bulan, dengan JHT Rp{withJht}/bulan.";
    }

    private static Step Ask(string key, string prompt, Func<string, Dictionary<string, string>, string?> check, string retry) =>
        new(key, _ => prompt, [], check, retry);

    private static Step Choose(string key, string prompt, params string[] buttons) => new(key, _ => prompt, buttons, null, "");
}
