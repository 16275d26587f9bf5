using System.Text.RegularExpressions;
using System.Globalization;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Knowledge;

namespace Jamsostek.Dialogs.Answers;

/// <summary>
/// Answers benefit questions from the knowledge base. Below the matcher's threshold it says so, offers
/// the closest topics and a person: it never guesses an answer. The age limits in an answer
/// ({usia_maksimal}, {usia_minimal}) come from the same settings the registration checks use.
/// </summary>
public sealed partial class KnowledgeAnswerer(KnowledgeBase knowledge, KnowledgeMatcher matcher, TopicActions actions, EligibilityOptions eligibility) : IQuestionAnswerer
{
    public const string TopicPrefix = "topik:";
    public const string Handoff = "petugas";

    public const string Greeting =
        "Halo, selamat datang! Saya bisa membantu Anda mendaftar BPJS Ketenagakerjaan dan menjawab pertanyaan tentang iuran, manfaat, dan klaim. Ketik pertanyaan Anda, atau pilih dari menu.";

    public QuestionReply Answer(string question, ConversationState state, TurnContext context)
    {
        if (Reference().Match(question) is { Success: true } reference)
        {
            return StatusOf(reference.Value, context);
        }

        var match = matcher.Match(question);
        if (match.IsGreeting)
        {
            return new QuestionReply(true, [Reply.Plain(Greeting)], [], Score: 0, ShowsMenu: true);
        }

        if (match.Topic is { } topic)
        {
            return AnswerTopic(topic, question, state, context, match.AlsoAsked) with { Score = match.Score };
        }

        var choices = match.Closest.Take(3).Select(t => new ReplyChoice(TopicPrefix + t.Id, t.Title))
            .Append(new ReplyChoice(Handoff, "Tanya petugas"))
            .ToList();
        // Never announce topics that are not there: with none close, only the person is offered.
        var text = choices.Count > 1
            ? "Maaf, saya belum yakin maksud pertanyaan Anda. Mungkin salah satu topik ini? Atau pilih \"Tanya petugas\" agar dijawab petugas."
            : "Maaf, saya belum paham maksud Anda. Coba tulis dengan kata lain, ketik *menu* untuk melihat pilihan, atau pilih \"Tanya petugas\".";
        return new QuestionReply(
            Understood: false,
            [new Reply(text, choices)],
            [],
            Score: match.Score,
            Unanswered: question);
    }

    public QuestionReply? AnswerChoice(string choiceId, ConversationState state, TurnContext context)
    {
        if (choiceId.StartsWith(TopicPrefix, StringComparison.Ordinal))
        {
            return knowledge.Find(choiceId[TopicPrefix.Length..]) is { } topic ? AnswerTopic(topic, question: null, state, context) : null;
        }

        return choiceId switch
        {
            // After a fallback the officer needs the question that was not understood, kept with the offer.
            Handoff => TopicActions.Handoff(PendingAnswers.NoteOf(state.Pending)),
            TopicActions.ConfirmDeleteChoice => TopicActions.DeleteConfirmed(context),
            TopicActions.DeclineDeleteChoice => new QuestionReply(true, [Reply.Plain("Baik, data Anda tidak dihapus.")], []),
            SignUpStatusText.WhatNextChoice => new QuestionReply(true, [new Reply(SignUpStatusText.WhatNext, [new ReplyChoice(Handoff, "Tanya petugas")])], []),
            _ => null,
        };
    }

    // pendaftaran.yaml tells people to type their reference: show it only to the chat it belongs to.
    private static QuestionReply StatusOf(string reference, TurnContext context)
    {
        var signUp = context.Lookups.FindSignUpOfChat(reference.ToUpperInvariant());
        var reply = signUp is null
            ? Reply.Plain($"Maaf, pendaftaran {reference.ToUpperInvariant()} tidak kami temukan di akun ini. Periksa lagi nomornya, atau ketik *status* untuk melihat pendaftaran dari akun ini.")
            : TopicActions.WithMember(signUp, context.Lookups);
        return new QuestionReply(true, [reply], [], "status-pendaftaran");
    }

    /// <param name="alsoAsked">The question's second topic: offered first, before the topic's own follow-ups.</param>
    private QuestionReply AnswerTopic(KnowledgeTopic topic, string? question, ConversationState state, TurnContext context, KnowledgeTopic? alsoAsked = null)
    {
        var followUps = topic.FollowUps.Select(knowledge.Find).OfType<KnowledgeTopic>()
            .Prepend(alsoAsked).OfType<KnowledgeTopic>().DistinctBy(t => t.Id).Take(3)
            .Select(t => new ReplyChoice(TopicPrefix + t.Id, t.Title))
            .ToList();
        var answer = WithSettings(topic.Answer.Trim());
        if (actions.Run(topic.Action, answer, question, state, context) is { } acted)
        {
            // Follow-ups go under the action's last message unless it asks something of its own.
            var last = acted.Replies[^1];
            var replies = last.Choices.Count > 0 ? acted.Replies : [.. acted.Replies.SkipLast(1), last with { Choices = followUps }];
            return acted with { Replies = replies, TopicId = topic.Id };
        }

        return new QuestionReply(true, [new Reply(AgeLineFirst(answer, question), followUps)], [], topic.Id);
    }

    // The knowledge file must not repeat a limit an operator can change: it names the setting instead.
    private string WithSettings(string answer) => answer
        .Replace("{usia_maksimal}", eligibility.MaxAgeAtRegistration.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{usia_minimal}", eligibility.MinAge.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    // "umur 66 msh bisa daftar gk": the age rule is what was asked, so its line comes first, not after the list of data.
    private static string AgeLineFirst(string answer, string? question)
    {
        var asked = question is not null && AgeWords().IsMatch(question);
        var lines = answer.Split('\n');
        var age = Array.FindIndex(lines, l => l.StartsWith("Usia", StringComparison.Ordinal));
        return !asked || age <= 0 ? answer : string.Join('\n', lines.Skip(age).Take(1).Concat(lines.Take(age)).Concat(lines.Skip(age + 1)));
    }

    [GeneratedRegex(@"\b(umur|umurnya|usia|usianya|tua|lansia)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeWords();

    [GeneratedRegex(@"\bBPU-[A-Z0-9]{3,6}-[A-Z0-9]{2,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
