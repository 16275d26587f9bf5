namespace Jamsostek.Bpu;

/// <summary>The two sets of programmes a BPU worker chooses between: the mandatory pair, or the pair with JHT.</summary>
public static class BpuPrograms
{
    /// <summary>JKK and JKM, the minimum every BPU member pays.</summary>
    public static IReadOnlyList<BpuProgram> Basic { get; } = [BpuProgram.Jkk, BpuProgram.Jkm];

    /// <summary>JKK, JKM and the optional JHT.</summary>
    public static IReadOnlyList<BpuProgram> WithJht { get; } = [BpuProgram.Jkk, BpuProgram.Jkm, BpuProgram.Jht];

    /// <summary>The set named by a sign-up's programme answer ("JKK,JKM" or "JKK,JKM,JHT"); anything without JHT is the basic pair.</summary>
    public static IReadOnlyList<BpuProgram> FromAnswer(string? programs) =>
        programs is not null && programs.Contains("JHT", StringComparison.Ordinal) ? WithJht : Basic;
}
