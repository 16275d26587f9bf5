using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps;

/// <summary>The programmes of a sign-up's <see cref="SignUp.Programs"/> ("JKK,JKM,JHT").</summary>
public static class SignUpPrograms
{
    /// <summary>Throws <see cref="ArgumentException"/> on an unknown code.</summary>
    public static IReadOnlyList<BpuProgram> Parse(string programs) => programs
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(p => Enum.Parse<BpuProgram>(p, ignoreCase: true))
        .ToList();
}
