namespace Jamsostek.Bot.Hosting;

public static class HealthEndpoints
{
    /// <summary>GET /health → 200 "ok" once the host has started (migrations applied, dialogs loaded).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("ok"));
        return app;
    }
}
