using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>The seam between the host and the pure dialog engine; tests put a hand-written fake here.</summary>
public interface IConversationEngine
{
    TurnResult Handle(ConversationState state, InboundInput input, TurnContext context);
}
