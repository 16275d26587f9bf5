using System.Globalization;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// "lihat data saya" and "hapus data saya": what is stored for this chat, and what erasing it does.
/// The NIK and phone are shown masked: the reply is itself stored (transcript, outbox), and erasing the
/// data must not leave a full copy behind in the bot's own messages.
/// </summary>
internal static class PersonalDataText
{
    private const string Keep =
        "Pendaftaran yang sudah disetujui tidak dihapus: data itu dipakai BPJS Ketenagakerjaan untuk kepesertaan Anda. Untuk mengubahnya, hubungi contact center 175 atau kantor cabang BPJS Ketenagakerjaan.";

    public static string AskErase(ExistingSignUp? latest) => latest switch
    {
        null => "Belum ada pendaftaran dari akun ini. Yang akan dihapus: riwayat chat Anda di sini dan jawaban pendaftaran yang belum dikirim.\nYakin hapus?",
        { Status: SignUpStatus.Approved } => $"{Keep}\nYang akan dihapus: riwayat chat Anda di sini dan data pendaftaran lain yang belum disetujui.\nYakin hapus?",
        _ => "Yang akan dihapus: data pribadi pendaftaran Anda yang belum disetujui (pendaftaran yang masih menunggu dibatalkan), riwayat chat Anda di sini, dan jawaban yang belum dikirim. Data yang sudah dihapus tidak bisa dikembalikan.\nYakin hapus data Anda?",
    };

    public static string Erased(ExistingSignUp? latest) => latest switch
    {
        null => "Selesai. Tidak ada data pendaftaran dari akun ini; riwayat chat Anda di sini sudah kami hapus.",
        { Status: SignUpStatus.Approved } => $"Selesai. Riwayat chat Anda di sini sudah kami hapus. {Keep}",
        _ => "Selesai. Data pribadi pendaftaran Anda yang belum disetujui dan riwayat chat Anda di sini sudah kami hapus. Ketik *daftar* bila ingin mendaftar lagi.",
    };

    public static QuestionReply Show(TurnContext context)
    {
        var data = context.Lookups.FindOwnData();
        if (data is null)
        {
            return new QuestionReply(true, [Reply.Plain("Belum ada data pendaftaran dari akun ini. Ketik *daftar* untuk mendaftar.")], []);
        }

        var lines = new List<string>
        {
            $"Data pendaftaran {data.SignUp.Reference} yang kami simpan:",
            $"• Nama: {data.FullName}",
            $"• NIK: {MaskNik(data.Nik)}",
            $"• Tanggal lahir: {IndonesianFormat.Date(data.BirthDate)}",
            $"• Nomor HP: {MaskPhone(data.Phone)}",
            $"• Pekerjaan: {data.Occupation}",
            $"• Penghasilan: {IndonesianFormat.Money(data.MonthlyIncome)}/bulan",
            $"• Program: {data.Programs}",
            $"• Ahli waris: {data.HeirName} ({data.HeirRelationship})",
            SignUpStatusText.Describe(data.SignUp),
            "Untuk menghapus data yang belum disetujui, ketik: hapus data saya",
        };
        return new QuestionReply(true, [Reply.Plain(string.Join('\n', lines))], []);
    }

    // "6306055208900003" → "6306 **** **** 0003": enough to recognise, not enough to reuse.
    private static string MaskNik(string nik) =>
        nik.Length == 16 ? string.Create(CultureInfo.InvariantCulture, $"{nik[..4]} **** **** {nik[12..]}") : "****";

    private static string MaskPhone(string phone) =>
        phone.Length > 6 ? string.Concat(phone.AsSpan(0, 5), new string('*', phone.Length - 8), phone.AsSpan(phone.Length - 3)) : "****";
}
