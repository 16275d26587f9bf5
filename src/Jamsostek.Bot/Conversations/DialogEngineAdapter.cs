using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

internal sealed class DialogEngineAdapter(DialogEngine engine) : IConversationEngine
{
    public TurnResult Handle(ConversationState state, InboundInput input, TurnContext context) =>
        engine.Handle(state, input, context);
}
