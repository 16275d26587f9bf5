namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Answers that make a whole, valid registration (a woman born 12 August 1990 in Kandangan, HSS).</summary>
internal static class Registrations
{
    public const string Nik = "6306055208900003";

    public static readonly string[] UpToNik = ["daftar", "ya", Nik];

    public static readonly string[] UpToSummary =
    [
        "daftar", "ya", Nik, "Siti Aminah", "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02 RW 01", "0812-3456-7890", "pedagang", "2,5 jt", "2", "3 bulan", "Ahmad Fauzi", "suami",
    ];
}
