namespace Jamsostek.Dialogs.Engine;

/// <summary>Answers benefit questions typed outside (or in the middle of) a flow.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers a free question; Understood is false when it fell back to "not understood".</summary>
    QuestionReply Answer(string question, ConversationState state, TurnContext context);

    /// <summary>Handles a button this answerer offered (a topic, "hubungi petugas"); null when the id is not its own.</summary>
    QuestionReply? AnswerChoice(string choiceId, ConversationState state, TurnContext context);
}

/// <summary>An answer, the effects it asks for, the topic it came from and how sure the matcher was (0..1).</summary>
/// <param name="Unanswered">The question not understood (fallback), kept so that "Tanya petugas" hands it over.</param>
/// <param name="ShowsMenu">A greeting: outside a flow the menu follows the reply.</param>
public sealed record QuestionReply(
    bool Understood,
    IReadOnlyList<Reply> Replies,
    IReadOnlyList<DialogEffect> Effects,
    string? TopicId = null,
    double Score = 1,
    string? Unanswered = null,
    bool ShowsMenu = false);
