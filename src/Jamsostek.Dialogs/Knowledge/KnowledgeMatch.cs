namespace Jamsostek.Dialogs.Knowledge;

/// <summary>Result of matching one question.</summary>
/// <param name="Topic">The topic to answer with, or null when confidence is below the threshold (hand over or offer choices).</param>
/// <param name="Score">Confidence of the best topic, 0..1, reported even when <paramref name="Topic"/> is null.</param>
/// <param name="Closest">Up to 3 best-ranked topics, best first: the choices to offer when not understood.</param>
/// <param name="IsGreeting">Only a greeting ("halo apa kabar"): answered with the welcome, never with a topic.</param>
/// <param name="AlsoAsked">
/// A second topic the question seems to ask about too ("iuran brp dan bayarnya dmn"): answered with
/// <paramref name="Topic"/>, this one is offered first as a follow-up. Null when there is none.
/// </param>
public sealed record KnowledgeMatch(
    KnowledgeTopic? Topic,
    double Score,
    IReadOnlyList<KnowledgeTopic> Closest,
    bool IsGreeting = false,
    KnowledgeTopic? AlsoAsked = null);
