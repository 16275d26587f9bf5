using System.Collections.Immutable;
using System.Text.Json;
using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.Conversations;

/// <summary>Row ↔ <see cref="ConversationState"/>; slots and trail travel as JSON.</summary>
internal static class ConversationStateMapper
{
    public static ConversationState ToState(Conversation row) => new()
    {
        FlowId = row.FlowId,
        FlowVersion = row.FlowVersion,
        StepId = row.StepId,
        Slots = (JsonSerializer.Deserialize<Dictionary<string, string>>(row.SlotsJson) ?? []).ToImmutableDictionary(),
        Trail = [.. JsonSerializer.Deserialize<List<string>>(row.TrailJson) ?? []],
        Attempts = row.Attempts,
        Pending = row.Pending,
        Source = row.Source,
    };

    public static void Apply(ConversationState state, Conversation row, DateTimeOffset now)
    {
        row.FlowId = state.FlowId;
        row.FlowVersion = state.FlowVersion;
        row.StepId = state.StepId;
        row.SlotsJson = JsonSerializer.Serialize(new SortedDictionary<string, string>(state.Slots, StringComparer.Ordinal));
        row.TrailJson = JsonSerializer.Serialize(state.Trail);
        row.Attempts = state.Attempts;
        row.Pending = state.Pending;
        row.Source = state.Source;
        row.UpdatedAt = now;
    }
}
