namespace Jamsostek.Bpu;

/// <summary>Sex as recorded on the KTP (and encoded in the NIK's day of birth).</summary>
public enum Sex
{
    Male,
    Female,
}
