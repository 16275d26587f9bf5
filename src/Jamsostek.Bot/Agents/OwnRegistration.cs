using System.Collections.Immutable;
using System.Text.Json;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// An agent who is registering themselves and types "daftarkan orang lain": asked whether to leave their own registration
/// (its answers are kept in the state, under a slot no step reads, and it comes back when the other one is sent or
/// cancelled) or to continue it. The registration for someone else never starts from the agent's own answers.
/// </summary>
internal static class OwnRegistration
{
    public const string LeaveChoice = "agen:tinggalkan";
    public const string KeepChoice = "agen:lanjutkan";

    /// <summary>The agent's own registration, kept while they register someone else.</summary>
    private const string PausedSlot = "_agen_milik_sendiri";

    /// <summary>The question "leave or continue?" is waiting.</summary>
    private const string AskedSlot = "_agen_tanya";

    /// <summary>In a registration of their own (not one for someone else, not the menu).</summary>
    public static bool InProgress(ConversationState state) =>
        state.InFlow && state.FlowId != EngineServices.MenuFlowId && state.Source != SignUp.AgentSource;

    public static bool Asked(ConversationState state) => state.Slots.ContainsKey(AskedSlot);

    public static TurnResult Ask(ConversationState state, AgentTexts texts) => new(
        state with { Slots = state.Slots.SetItem(AskedSlot, "1") },
        [new Reply(texts.Say("tanya_tinggalkan"), [new(LeaveChoice, texts.Say("tombol_tinggalkan")), new(KeepChoice, texts.Say("tombol_lanjutkan"))])],
        []);

    public static ConversationState WithoutQuestion(ConversationState state) => state with { Slots = state.Slots.Remove(AskedSlot) };

    /// <summary>
    /// The registration for someone else, started from nothing; the agent's own answers ride along in the state. The
    /// draft's transcript lines are let go (as when any draft is left), so that none of the agent's own lines ends up
    /// in the worker's registration session: the answers themselves are kept.
    /// </summary>
    public static TurnResult LeaveFor(ConversationState own, TurnResult started)
    {
        var paused = JsonSerializer.Serialize(new Paused(own.FlowId, own.FlowVersion, own.StepId, own.Slots.ToDictionary(), [.. own.Trail], own.Source));
        return started with
        {
            State = started.State with { Slots = started.State.Slots.SetItem(PausedSlot, paused) },
            Effects = [.. started.Effects, new DraftDiscardedEffect()],
        };
    }

    /// <summary>The agent's own registration back, when the one for someone else has just ended (sent, cancelled, refused).</summary>
    public static TurnResult ResumeAfter(ConversationState before, TurnResult result, AgentTexts texts)
    {
        if (!before.Slots.TryGetValue(PausedSlot, out var json) || result.State.Slots.ContainsKey(PausedSlot)
            || result.Effects.Any(e => e is DeletePersonalDataEffect) || JsonSerializer.Deserialize<Paused>(json) is not { } paused)
        {
            return result;
        }

        var own = new ConversationState
        {
            FlowId = paused.FlowId, FlowVersion = paused.FlowVersion, StepId = paused.StepId, Source = paused.Source,
            Slots = paused.Slots.ToImmutableDictionary(StringComparer.Ordinal), Trail = [.. paused.Trail],
        };
        return result with { State = own, Replies = [.. result.Replies, Reply.Plain(texts.Say("kembali_sendiri"))] };
    }

    private sealed record Paused(string? FlowId, int FlowVersion, string? StepId, Dictionary<string, string> Slots, List<string> Trail, string? Source);
}
