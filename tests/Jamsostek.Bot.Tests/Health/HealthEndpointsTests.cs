using System.Net;
using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_Answers200WithNoChecks_WhenTheProcessRuns()
    {
        await using var factory = new OfficerWebFactory();
        using var response = await factory.Client().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Empty(body.RootElement.GetProperty("checks").EnumerateObject()); // the database is not asked
        Assert.Equal("ok", await factory.Client().GetStringAsync(new Uri("/health", UriKind.Relative))); // the old endpoint stays
    }

    [Fact]
    public async Task Readyz_Answers503AndSaysWhichSettingIsMissing_WhenNoChannelIsConfigured()
    {
        await using var factory = new OfficerWebFactory();
        using var response = await factory.Client().GetAsync(new Uri("/readyz", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = Checks(text);
        Assert.Equal(("Unhealthy", true), (checks["channels"].Status, checks["channels"].Description.Contains("Telegram__BotToken", StringComparison.Ordinal)));
        Assert.Equal("Healthy", checks["database"].Status);
        Assert.Equal("Healthy", checks["migrations"].Status);
        Assert.Equal("Healthy", checks["jobs"].Status); // Jobs:Enabled=false in this host: said so, not a failure
        Assert.Contains("Jobs:Enabled is false", checks["jobs"].Description, StringComparison.Ordinal);
    }

    internal static Dictionary<string, (string Status, string Description)> Checks(string json)
    {
        using var body = JsonDocument.Parse(json);
        return body.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(
            c => c.Name,
            c => (c.Value.GetProperty("status").GetString()!, c.Value.GetProperty("description").GetString()!),
            StringComparer.Ordinal);
    }
}
