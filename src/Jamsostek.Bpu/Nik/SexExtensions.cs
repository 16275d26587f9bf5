namespace Jamsostek.Bpu;

public static class SexExtensions
{
    /// <summary>The code used on the KTP and BPJS forms: "L" (laki-laki) or "P" (perempuan).</summary>
    public static string ToCode(this Sex sex) => sex switch
    {
        Sex.Male => "L",
        Sex.Female => "P",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, null),
    };

    /// <summary>The Indonesian word, lower case, for use inside a sentence.</summary>
    public static string ToIndonesian(this Sex sex) => sex switch
    {
        Sex.Male => "laki-laki",
        Sex.Female => "perempuan",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, null),
    };
}
