namespace Jamsostek.Dialogs.Engine;

public sealed record TurnResult(ConversationState State, IReadOnlyList<Reply> Replies, IReadOnlyList<DialogEffect> Effects);
