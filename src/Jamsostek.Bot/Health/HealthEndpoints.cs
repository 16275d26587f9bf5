using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Jamsostek.Bot.Health;

/// <summary>
/// What an orchestrator and an operator ask the host: <c>/health</c> (the old "ok", kept for scripts), <c>/healthz</c>
/// (the process answers: no database touched, so a slow database never gets a replica killed) and <c>/readyz</c>
/// (send it traffic? database, migrations, scheduler, channel), each answered with a JSON body in plain words.
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<Data.BotDbContext>(HealthCheckNames.Database, tags: [Ready])
            .AddCheck<MigrationsHealthCheck>(HealthCheckNames.Migrations, tags: [Ready])
            .AddCheck<JobServerHealthCheck>(HealthCheckNames.Jobs, tags: [Ready])
            .AddCheck<ChannelHealthCheck>(HealthCheckNames.Channels, tags: [Ready]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportJson.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthReportJson.WriteAsync,
            // Degraded is still ready (traffic is served); only Unhealthy takes the replica out of the proxy's rotation.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }
}
