namespace Jamsostek.Dialogs.Flows;

/// <summary>
/// The keys a flow's <c>texts:</c> may set, the placeholders each may use besides answers and computed
/// values, and which keys a check needs: the engine has no wording of its own for those, so a flow that
/// names the check without its texts is refused at start-up.
/// </summary>
public static class FlowTexts
{
    public const string InProgress = "in_progress";
    public const string Cancelled = "cancelled";
    public const string Restarted = "restarted";
    public const string Resumed = "resumed";
    public const string Relief = "keringanan";

    // A sponsored worker's quote (Engine/ComputedValues): the sponsor pays everything chosen; the sponsor pays JKK and
    // JKM and JHT would be the worker's own (the programme step); the worker added JHT and pays it (the summary).
    public const string SponsorPaysAll = "sponsor_bayar_semua";
    public const string SponsorWithoutJht = "sponsor_tanpa_jht";
    public const string SponsorJhtSelfPaid = "sponsor_jht_sendiri";
    public const string WayOut = "jalan_keluar";
    public const string NikTakenElsewhere = "nik_terdaftar_lain";
    public const string NikTakenPending = "nik_terdaftar_menunggu";
    public const string NikTakenApproved = "nik_terdaftar_disetujui";
    public const string TooOld = "usia_terlalu_tua";
    public const string TooYoung = "usia_terlalu_muda";
    public const string DateMismatch = "tanggal_beda";
    public const string DateMismatchKeepNik = "tanggal_beda_sesuai_ktp";
    public const string DateMismatchWrongNik = "tanggal_beda_nik_salah";
    public const string DateMismatchRetypeNik = "tanggal_beda_ketik_ulang_nik";
    public const string Resubmit = "kirim_ulang";

    // After a rejection, "daftar" asks whom the registration is for (Engine/RegistrationFor): the question, its two
    // buttons, and what is said when it is for someone else.
    public const string ForWhom = "untuk_siapa";
    public const string ForWhomOwn = "untuk_siapa_sendiri";
    public const string ForWhomOther = "untuk_siapa_lain";
    public const string ForWhomOtherStarted = "untuk_orang_lain";
    public const string IncomePerDay = "penghasilan_per_hari";
    public const string IncomePerWeek = "penghasilan_per_minggu";
    public const string IncomeSmall = "penghasilan_kecil";
    public const string IncomeYes = "penghasilan_ya";
    public const string IncomeMeant = "penghasilan_maksud";
    public const string IncomeRetype = "penghasilan_ketik_ulang";
    public const string IncomeRetypeAsk = "penghasilan_ketik_ulang_minta";
    public const string IncomeIrregular = "penghasilan_tidak_tetap";

    // The same non-name words sent twice at a name step ("Ahli Waris sy"): asked back before they are stored (Engine/NameConfirmation).
    public const string NameConfirm = "nama_yakin";
    public const string NameYes = "nama_ya";
    public const string NameRetype = "nama_ketik_ulang";
    public const string NameRetypeAsk = "nama_ketik_ulang_minta";

    // Said by the host, not the engine (Jamsostek.Bot's HostTexts requires them at start-up).
    public const string NikLimitReached = "nik_batas_tercapai";
    public const string HandoffAdded = "permintaan_ditambahkan";
    public const string HandoffCut = "permintaan_dipotong";

    // Said by the engine around a request that names no topic (Engine/HandoffTopic), in menu.yaml.
    public const string HandoffAskTopic = "petugas_tanya_keperluan";
    public const string HandoffTopicForwarded = "petugas_keperluan_diteruskan";

    // The replies to the reminder words, in the menu flow (FlowValidator requires them there): the host's
    // settings fill {hari_jeda} (Reminders:ClaimPauseDays), {jam_mulai} and {jam_selesai} (the sending window).
    public const string RemindersStopped = "pengingat_berhenti";
    public const string RemindersStarted = "pengingat_mulai";
    public const string PaymentClaimed = "sudah_bayar";

    // Said by the WhatsApp channel (Jamsostek.Bot's WhatsAppTexts requires them while WhatsApp is on), in menu.yaml.
    public const string WhatsAppNotText = "wa_bukan_teks";
    public const string WhatsAppListButton = "wa_tombol_daftar";
    public const string WhatsAppListSection = "wa_judul_daftar";
    public const string WhatsAppStaleChoice = "wa_pilihan_lama";
    public const string WhatsAppOwnNumberButton = "wa_tombol_nomor_ini";
    public const string WhatsAppOwnNumberLine = "wa_konfirmasi_nomor";
    public const string WhatsAppLinkAsk = "wa_tautan_tanya";
    public const string WhatsAppLinkDone = "wa_tautan_berhasil";
    public const string WhatsAppLinkWrong = "wa_tautan_salah";
    public const string WhatsAppLinkLocked = "wa_tautan_terkunci";

    /// <summary>Every key, with the placeholders only that text is given.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Keys { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        [InProgress] = Set(),
        [Cancelled] = Set(),
        [Restarted] = Set(),
        [Resumed] = Set(),
        [Relief] = Set(),
        [SponsorPaysAll] = Set(),
        [SponsorWithoutJht] = Set(),
        [SponsorJhtSelfPaid] = Set(),
        [WayOut] = Set(),
        [NikTakenElsewhere] = Set(),
        [NikTakenPending] = Set("referensi_terdaftar"),
        [NikTakenApproved] = Set("referensi_terdaftar", "kpj_terdaftar"),
        [TooOld] = Set("usia", "usia_maksimal"),
        [TooYoung] = Set("usia", "usia_minimal", "bisa_daftar_mulai"),
        [DateMismatch] = Set("tanggal_diketik"),
        [DateMismatchKeepNik] = Set(),
        [DateMismatchWrongNik] = Set(),
        [DateMismatchRetypeNik] = Set(),
        [NikLimitReached] = Set("batas_nik"),
        [HandoffAdded] = Set(),
        [HandoffCut] = Set("panjang_maksimal"),
        [HandoffAskTopic] = Set(),
        [HandoffTopicForwarded] = Set(),
        [RemindersStopped] = Set(),
        [RemindersStarted] = Set("jam_mulai", "jam_selesai"),
        [PaymentClaimed] = Set("hari_jeda"),
        [Resubmit] = Set("referensi_ditolak", "alasan_ditolak"),
        [ForWhom] = Set("referensi_ditolak", "nama_ditolak"),
        [ForWhomOwn] = Set(),
        [ForWhomOther] = Set(),
        [ForWhomOtherStarted] = Set("referensi_ditolak"),
        [IncomePerDay] = Set("penghasilan_diketik", "penghasilan_sebulan", "hari_kerja"),
        [IncomePerWeek] = Set("penghasilan_diketik", "penghasilan_sebulan", "minggu_sebulan"),
        [IncomeSmall] = Set("penghasilan_diketik"),
        [IncomeYes] = Set(),
        [IncomeMeant] = Set("penghasilan_lain"),
        [IncomeRetype] = Set(),
        [IncomeRetypeAsk] = Set(),
        [IncomeIrregular] = Set(),
        [NameConfirm] = Set("nama_diketik"),
        [NameYes] = Set(),
        [NameRetype] = Set(),
        [NameRetypeAsk] = Set(),
        [WhatsAppNotText] = Set(),
        [WhatsAppListButton] = Set(),
        [WhatsAppListSection] = Set(),
        [WhatsAppStaleChoice] = Set(),
        [WhatsAppOwnNumberButton] = Set(),
        [WhatsAppOwnNumberLine] = Set("nomor"),
        [WhatsAppLinkAsk] = Set(),
        [WhatsAppLinkDone] = Set(),
        [WhatsAppLinkWrong] = Set("sisa"),
        [WhatsAppLinkLocked] = Set(),
    };

    /// <summary>The texts each check speaks with.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NeededByCheck { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["nik-not-registered"] = [NikTakenElsewhere, NikTakenPending, NikTakenApproved],
        ["age-eligible"] = [TooOld, TooYoung],
        ["matches-nik"] = [DateMismatch, DateMismatchKeepNik, DateMismatchWrongNik, DateMismatchRetypeNik],
    };

    /// <summary>The texts an input type speaks with (an income asked back before it is stored).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NeededByInput { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["money"] = [IncomePerDay, IncomePerWeek, IncomeSmall, IncomeYes, IncomeMeant, IncomeRetype, IncomeRetypeAsk, IncomeIrregular],
        ["name"] = [NameConfirm, NameYes, NameRetype, NameRetypeAsk],
    };

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
