using System.Net;
using System.Text.RegularExpressions;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>The real serve host (Program) on a temp SQLite file, a fake clock, and helpers to seed and sign in.</summary>
public sealed partial class OfficerWebFactory(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Password = "Rahasia-Petugas-2026";

    private readonly TempDatabase database = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 11, 1, 0, 0, TimeSpan.Zero));

    public string DbPath => Database?.DbPath ?? database.DbPath;

    /// <summary>Another database than the temp SQLite file (e.g. PostgreSQL: <see cref="TestDb.Settings"/>); disposed by its owner.</summary>
    public TestDb? Database { get; init; }

    /// <summary>Hangfire on (one end-to-end test, in its own non-parallel collection).</summary>
    public bool JobsEnabled { get; init; }

    /// <summary>Off by default: the serve host's start-up collection would pause every test of this process at every start.</summary>
    public bool TrimMemory { get; init; }

    /// <summary>What the host printed on the operator's console (the first admin's password).</summary>
    public StringWriter ConsoleOutput { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // App configuration, not UseSetting: host settings reach Program as --key=value arguments.
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, config) => config
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = database.DbPath, ["Jobs:Enabled"] = JobsEnabled ? "true" : "false", [Jamsostek.Bot.Hosting.StartupMemoryTrim.Setting] = TrimMemory ? "true" : "false" })
            .AddInMemoryCollection(Database?.Settings ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        builder.ConfigureLogging(l => l.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton(new FirstAdminOutput(ConsoleOutput));
        });
    }

    public BotDbContext Db() => Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContext();

    public async Task AddOfficerAsync(string userName, string role, params string[] regencies)
    {
        using var scope = Services.CreateScope();
        var error = await scope.ServiceProvider.GetRequiredService<OfficerAccounts>().CreateAsync(userName, role, regencies, Password);
        Assert.Null(error);
    }

    /// <summary>A petugas sponsor of the programmes (which must exist); their regencies follow the programmes.</summary>
    public async Task AddSponsorOfficerAsync(string userName, params string[] sponsors)
    {
        using var scope = Services.CreateScope();
        var error = await scope.ServiceProvider.GetRequiredService<OfficerAccounts>().CreateAsync(userName, OfficerRoles.Sponsor, [], Password, sponsors);
        Assert.Null(error);
    }

    public async Task<SignUp> AddSignUpAsync(Action<SignUp>? change = null)
    {
        await using var db = Db();
        var signUp = SignUpSeed.Make(db.SignUps.Count() + 1, Time.GetUtcNow().AddDays(-2));
        change?.Invoke(signUp);
        db.SignUps.Add(signUp);
        await db.SaveChangesAsync();
        return signUp;
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as the officer (GET the form, POST it with its antiforgery token).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = Password)
    {
        var client = Client();
        var response = await PostFormAsync(client, "/petugas/masuk", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>GETs the page (for its antiforgery token and cookie), then POSTs the fields to it, or to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        fields["__RequestVerificationToken"] = TokenOf(html);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action ?? page, UriKind.Relative), content);
    }

    public static string TokenOf(string html) =>
        WebUtility.HtmlDecode(Token().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery token in the page"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
