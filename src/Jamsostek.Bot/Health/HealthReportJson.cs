using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jamsostek.Bot.Health;

/// <summary>
/// The body of /healthz and /readyz: the overall status and, per check, its status and a sentence an operator can act
/// on. Exception messages are left out (a provider's message may carry a host name or a connection string): only the
/// exception's type, which is enough to search for.
/// </summary>
public static class HealthReportJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body, Options);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", Describe(name, entry));
            if (entry.Exception is { } error)
            {
                json.WriteString("error", error.GetType().Name);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>The framework's database check says nothing of itself; the others write their own sentence.</summary>
    internal static string Describe(string name, HealthReportEntry entry) => entry.Description ?? (name, entry.Status) switch
    {
        (HealthCheckNames.Database, HealthStatus.Healthy) => "The database answers.",
        (HealthCheckNames.Database, _) =>
            "The database cannot be reached: check that it runs and the connection settings (Database:Path for SQLite, ConnectionStrings:Default for PostgreSQL).",
        (_, HealthStatus.Healthy) => "OK.",
        _ => "Failed without a description.",
    };
}
