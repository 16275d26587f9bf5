namespace Jamsostek.Dialogs.Knowledge;

/// <summary>Result of matching one question.</summary>
/// <param name="Topic">The topic to answer with, or null when confidence is below the threshold (hand over or offer choices).</param>
/// <param name="Score">Confidence of the best topic, 0..1, reported even when <paramref name="Topic"/> is null.</param>
/// <param name="Closest">Up to 3 best-ranked topics, best first: the choices to offer when not understood.</param>
/// <param name="IsGreeting">Only a greeting ("halo apa kabar"): answered with the welcome, never with a topic.</param>
public sealed record KnowledgeMatch(KnowledgeTopic? Topic, double Score, IReadOnlyList<KnowledgeTopic> Closest, bool IsGreeting = false);
