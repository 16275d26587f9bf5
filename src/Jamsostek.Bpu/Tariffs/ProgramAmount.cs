namespace Jamsostek.Bpu;

/// <summary>One programme's monthly contribution: what is due now, and what it is without relief.</summary>
public sealed record ProgramAmount(BpuProgram Program, decimal Amount, decimal FullAmount);
