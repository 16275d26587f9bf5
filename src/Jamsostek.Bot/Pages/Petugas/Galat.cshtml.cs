using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>
/// /petugas/galat/{code}: the friendly page behind a bare 400, 403, 404 or 429 under /petugas (status-code pages re-execute
/// here, keeping the status and the method: a refused POST lands here as a POST, hence no antiforgery check).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class GalatModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Message => Code switch
    {
        400 => ("Permintaan tidak dapat diproses", "Formulir sudah kedaluwarsa atau tidak lengkap. Muat ulang halaman, lalu coba lagi."),
        403 => ("Akses ditolak", "Akun Anda tidak berhak membuka halaman ini."),
        404 => ("Halaman tidak ditemukan", "Halaman atau data yang Anda cari tidak ada, atau berada di luar wilayah Anda."),
        429 => ("Terlalu banyak percobaan", "Terlalu banyak percobaan masuk dari jaringan ini. Tunggu beberapa menit, lalu coba lagi."),
        _ => ("Terjadi kesalahan", "Permintaan Anda tidak dapat diproses. Silakan coba lagi."),
    };

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
