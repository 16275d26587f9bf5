namespace Jamsostek.Dialogs.Engine;

/// <summary>The pure turn function: state + input + now → new state + replies + effects.</summary>
public sealed class DialogEngine
{
    public TurnResult Handle(ConversationState state, InboundInput input, TurnContext context)
    {
        throw new NotImplementedException("engine being written");
    }
}
