namespace Jamsostek.Bpu;

/// <summary>Why a typed NIK was refused, in the order the checks run.</summary>
public enum NikProblem
{
    Empty,
    NotDigits,
    WrongLength,
    UnknownProvince,
    UnknownRegency,
    UnknownDistrict,
    InvalidDate,
    FutureOrTooOld,
    ZeroSerial,
}
