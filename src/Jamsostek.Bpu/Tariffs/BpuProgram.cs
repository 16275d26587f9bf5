namespace Jamsostek.Bpu;

/// <summary>The BPJS Ketenagakerjaan programmes open to BPU.</summary>
public enum BpuProgram
{
    /// <summary>Jaminan Kecelakaan Kerja (work accident), mandatory.</summary>
    Jkk,

    /// <summary>Jaminan Kematian (death), mandatory.</summary>
    Jkm,

    /// <summary>Jaminan Hari Tua (old-age savings), optional for most BPU.</summary>
    Jht,
}
