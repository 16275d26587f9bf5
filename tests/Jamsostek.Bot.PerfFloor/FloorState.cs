using System.Text.Json.Serialization;

namespace Jamsostek.Bot.PerfFloor;

/// <summary>A chat's place in the registration (0: not in it) and its answers so far, stored as JSON like the peer's.</summary>
public sealed class FloorState
{
    public int Step { get; set; }

    public Dictionary<string, string> Answers { get; set; } = [];
}

[JsonSerializable(typeof(FloorState))]
internal sealed partial class FloorJson : JsonSerializerContext;
