using Jamsostek.Bot.Conversations;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A hand-written engine: the test says what a turn returns.</summary>
public sealed class FakeEngine(Func<ConversationState, InboundInput, TurnContext, TurnResult> handle) : IConversationEngine
{
    private int calls;

    public int Calls => calls;

    public TurnResult Handle(ConversationState state, InboundInput input, TurnContext context)
    {
        Interlocked.Increment(ref calls);
        return handle(state, input, context);
    }

    /// <summary>Echoes the text, counts turns in the "count" slot, waits at step "ask".</summary>
    public static FakeEngine Echo() => new((state, input, _) =>
    {
        var count = int.Parse(state.Slots.GetValueOrDefault("count", "0"), System.Globalization.CultureInfo.InvariantCulture) + 1;
        var next = state with
        {
            FlowId = "echo",
            FlowVersion = 1,
            StepId = "ask",
            Slots = state.Slots.SetItem("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return new TurnResult(next, [new Reply($"Anda menulis: {input.Text}", [new ReplyChoice("ya", "Ya"), new ReplyChoice("tidak", "Tidak")])], []);
    });
}
