using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// Answers benefit questions from the knowledge base. Below the matcher's threshold it says so, offers
/// the closest topics and a person: it never guesses an answer.
/// </summary>
public sealed class KnowledgeAnswerer(KnowledgeBase knowledge, KnowledgeMatcher matcher, TopicActions actions) : IQuestionAnswerer
{
    public const string TopicPrefix = "topik:";
    public const string Handoff = "petugas";

    public QuestionReply Answer(string question, ConversationState state, TurnContext context)
    {
        var match = matcher.Match(question);
        if (match.Topic is { } topic)
        {
            return AnswerTopic(topic, question, context) with { Score = match.Score };
        }

        var choices = match.Closest.Take(3).Select(t => new ReplyChoice(TopicPrefix + t.Id, t.Title))
            .Append(new ReplyChoice(Handoff, "Tanya petugas"))
            .ToList();
        return new QuestionReply(
            Understood: false,
            [new Reply("Maaf, saya belum yakin maksud pertanyaan Anda. Mungkin salah satu topik ini? Atau pilih \"Tanya petugas\" agar dijawab petugas.", choices)],
            [],
            Score: match.Score);
    }

    public QuestionReply? AnswerChoice(string choiceId, ConversationState state, TurnContext context)
    {
        if (choiceId.StartsWith(TopicPrefix, StringComparison.Ordinal))
        {
            return knowledge.Find(choiceId[TopicPrefix.Length..]) is { } topic ? AnswerTopic(topic, question: null, context) : null;
        }

        return choiceId switch
        {
            Handoff => actions.Handoff(question: null),
            TopicActions.ConfirmDeleteChoice => actions.DeleteConfirmed(),
            TopicActions.DeclineDeleteChoice => new QuestionReply(true, [Reply.Plain("Baik, data Anda tidak dihapus.")], []),
            _ => null,
        };
    }

    private QuestionReply AnswerTopic(KnowledgeTopic topic, string? question, TurnContext context)
    {
        var followUps = topic.FollowUps.Select(knowledge.Find).OfType<KnowledgeTopic>().Take(3)
            .Select(t => new ReplyChoice(TopicPrefix + t.Id, t.Title))
            .ToList();
        if (actions.Run(topic.Action, question, context) is { } acted)
        {
            // Follow-ups go under the action's last message unless it asks something of its own.
            var last = acted.Replies[^1];
            var replies = last.Choices.Count > 0 ? acted.Replies : [.. acted.Replies.SkipLast(1), last with { Choices = followUps }];
            return acted with { Replies = replies, TopicId = topic.Id };
        }

        return new QuestionReply(true, [new Reply(topic.Answer.Trim(), followUps)], [], topic.Id);
    }
}
