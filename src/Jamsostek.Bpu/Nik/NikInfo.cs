namespace Jamsostek.Bpu;

/// <summary>
/// What a valid NIK says. Region codes are dotted like the region catalog ("63", "63.06",
/// "63.06.05") and name where the NIK was first issued, not where the person lives now.
/// </summary>
public sealed record NikInfo(
    string Nik,
    string ProvinceCode,
    string RegencyCode,
    string DistrictCode,
    DateOnly BirthDate,
    Sex Sex,
    string Serial)
{
    /// <summary>Four groups of four, easier to read back to the user: "6306 0552 0890 0003".</summary>
    public string Grouped => string.Join(' ', Nik.Chunk(4).Select(c => new string(c)));

    /// <summary>The form shown anywhere but the officer detail page: "6306**********03".</summary>
    public string Masked => NikParser.Mask(Nik);
}
