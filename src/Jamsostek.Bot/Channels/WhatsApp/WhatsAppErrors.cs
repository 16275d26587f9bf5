using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jamsostek.Bot.Outbox;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// Sorts a Graph API error into what the outbox does: 130429 (number's throughput) waits for the whole channel,
/// 131056 (pair rate) waits for that person only, 131047 (outside the 24-hour window) is sent again as a template,
/// 131026 (undeliverable), 131048 (spam limit), 131051 (unsupported type) and other request errors are refused for
/// good (officers see the reason), server errors and 131000/131016 are retried with backoff.
/// </summary>
public static class WhatsAppErrors
{
    public const int Throughput = 130429;
    public const int PairRate = 131056;
    public const int OutsideWindow = 131047;
    public const int Undeliverable = 131026;
    public const int SpamLimit = 131048;
    public const int UnsupportedType = 131051;

    /// <summary>How long Meta's pair limit holds one person (about one message each 6 seconds).</summary>
    public static readonly TimeSpan PairWait = TimeSpan.FromSeconds(6);

    public static SendOutcome Classify(HttpStatusCode status, string body)
    {
        var (code, title) = Read(body);
        var reason = code is null ? $"HTTP {(int)status}" : $"WhatsApp {code}: {title}";
        return code switch
        {
            Throughput => SendOutcome.Wait(TimeSpan.FromSeconds(1), reason),
            PairRate => SendOutcome.WaitForRecipient(PairWait, reason),
            OutsideWindow => SendOutcome.OutsideWindow(reason),
            131000 or 131016 or 2 => SendOutcome.Transient(reason),
            _ when (int)status >= 500 || status == HttpStatusCode.RequestTimeout => SendOutcome.Transient(reason),
            _ when status == HttpStatusCode.TooManyRequests => SendOutcome.Wait(TimeSpan.FromSeconds(1), reason),
            _ when status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => SendOutcome.Transient(reason), // a token to fix; keep the rows
            _ => SendOutcome.Rejected(reason),
        };
    }

    /// <summary>The code and title of one error object (also the errors[] of a status callback).</summary>
    public static (int? Code, string Title) Read(JsonNode? error)
    {
        var code = error?["code"]?.GetValueKind() == JsonValueKind.Number ? error["code"]!.GetValue<int>() : (int?)null;
        var title = error?["title"]?.GetValue<string>() ?? error?["message"]?.GetValue<string>() ?? "error";
        return (code, title.Length > 200 ? title[..200] : title);
    }

    private static (int? Code, string Title) Read(string body)
    {
        try
        {
            return Read(JsonNode.Parse(body)?["error"]);
        }
        catch (JsonException)
        {
            return (null, "unreadable error");
        }
    }
}
