using System.Text.Json;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>One request the fake Bot API received: the method name and the JSON body as sent.</summary>
public sealed record RecordedBotApiCall(string Method, string Body)
{
    public JsonElement Json => string.IsNullOrEmpty(Body) ? default : JsonDocument.Parse(Body).RootElement.Clone();
}
