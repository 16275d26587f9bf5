using Jamsostek.Bpu;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// A sponsor programme as the chat needs it: the name the worker reads and the programmes its agreement pays. What the
/// worker chooses beyond those (JHT under a JKK+JKM programme) is theirs to pay.
/// </summary>
/// <param name="Name">The programme's name, e.g. "Pemkab HSS 2026".</param>
/// <param name="Pays">The programmes the sponsor pays (JKK and JKM always; JHT only when the agreement says so).</param>
public sealed record SponsorTerms(string Name, IReadOnlyList<BpuProgram> Pays)
{
    /// <summary>The chosen programmes the sponsor does not pay, in the tariff's order; empty when it pays them all.</summary>
    public IReadOnlyList<BpuProgram> SelfPaid(IEnumerable<BpuProgram> chosen) =>
        chosen.Except(Pays).Distinct().Order().ToList();
}
