using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Dialogs.Tests.Engine;

/// <summary>Holds one conversation with the real flows: say something, read what the bot answered.</summary>
internal sealed class EngineHarness
{
    private static readonly Lazy<DialogEngine> SharedEngine = new(() => DialogEngineFactory.Create(RepoPaths.Dialogs, new EligibilityOptions()));
    private int references;

    public EngineHarness(DialogEngine? engine = null)
    {
        Engine = engine ?? SharedEngine.Value;
    }

    public DialogEngine Engine { get; }

    public ConversationState State { get; set; } = ConversationState.Empty;

    public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    public FakeLookups Lookups { get; } = new();

    public List<DialogEffect> Effects { get; } = [];

    public IReadOnlyList<Reply> LastReplies { get; private set; } = [];

    public string LastText => string.Join("\n---\n", LastReplies.Select(r => r.Text));

    public IReadOnlyList<Reply> Send(InboundInput input)
    {
        var result = Engine.Handle(State, input, new TurnContext(Now, Lookups, $"BPU-TEST-{++references}"));
        State = result.State;
        Effects.AddRange(result.Effects);
        LastReplies = result.Replies;
        return result.Replies;
    }

    public IReadOnlyList<Reply> Say(string text) => Send(InboundInput.FromText(text));

    public IReadOnlyList<Reply> Press(string choiceId) => Send(InboundInput.FromChoice(choiceId));

    /// <summary>Says each line in turn; returns the replies to the last.</summary>
    public IReadOnlyList<Reply> SayAll(params string[] lines)
    {
        IReadOnlyList<Reply> last = [];
        foreach (var line in lines)
        {
            last = Say(line);
        }

        return last;
    }
}
