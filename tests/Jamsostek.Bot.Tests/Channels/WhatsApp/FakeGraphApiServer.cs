using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Channels.WhatsApp;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) speaking the Graph API's messages endpoint:
/// POST /{phone-number-id}/messages with the Bearer token. Records every accepted call and answers with a new wamid;
/// errors can be scripted (Meta's error object with its code).
/// </summary>
public sealed class FakeGraphApiServer : IAsyncDisposable
{
    public const string Token = "EAAG-test-token";
    public const string PhoneNumberId = "1098765432";
    private readonly Lock gate = new();
    private readonly List<JsonElement> messages = [];
    private readonly Queue<(int Status, int Code)> errors = new();
    private readonly WebApplication app;
    private int nextId;

    private FakeGraphApiServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The bodies of the send calls, in order (failed ones too).</summary>
    public IReadOnlyList<JsonElement> Messages
    {
        get { lock (gate) { return [.. messages]; } }
    }

    public static async Task<FakeGraphApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var server = new FakeGraphApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/v23.0";
        return server;
    }

    /// <summary>The next sends fail with these Meta error codes (HTTP 400 unless given), in order; then success again.</summary>
    public void Fail(params int[] codes)
    {
        lock (gate)
        {
            foreach (var code in codes)
            {
                errors.Enqueue((code >= 500 && code < 600 ? code : 400, code));
            }
        }
    }

    public static string TypeOf(JsonElement message) => message.GetProperty("type").GetString()!;

    /// <summary>What the person reads: the text body, the interactive body, or the template's name.</summary>
    public static string TextOf(JsonElement message) => TypeOf(message) switch
    {
        "text" => message.GetProperty("text").GetProperty("body").GetString()!,
        "interactive" => message.GetProperty("interactive").GetProperty("body").GetProperty("text").GetString()!,
        "template" => "template:" + message.GetProperty("template").GetProperty("name").GetString(),
        _ => string.Empty,
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path.Value != $"/v23.0/{PhoneNumberId}/messages"
            || context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            await WriteAsync(context, 401, """{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}""");
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
        (int Status, int Code)? error;
        int id;
        lock (gate)
        {
            messages.Add(body);
            error = errors.Count > 0 ? errors.Dequeue() : null;
            id = ++nextId;
        }

        if (error is { } e)
        {
            await WriteAsync(context, e.Status, string.Create(CultureInfo.InvariantCulture,
                $$$"""{"error":{"message":"(#{{{e.Code}}}) scripted","type":"OAuthException","code":{{{e.Code}}},"error_data":{"messaging_product":"whatsapp","details":"scripted"},"fbtrace_id":"x"}}"""));
            return;
        }

        var to = body.GetProperty("to").GetString();
        await WriteAsync(context, 200, string.Create(CultureInfo.InvariantCulture,
            $$$"""{"messaging_product":"whatsapp","contacts":[{"input":"{{{to}}}","wa_id":"{{{to}}}"}],"messages":[{"id":"wamid.{{{id}}}"}]}"""));
    }

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
