using Jamsostek.Bot.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Jamsostek.Bot.Officers;

public static class OfficerConsoleExtensions
{
    public const string LoginPath = "/petugas/masuk";

    /// <summary>The policy of the whole console: any of the three roles (each page then narrows).</summary>
    public const string ConsolePolicy = "console";

    /// <summary>
    /// The pages a sponsor officer may open: the queue and a sign-up (their programmes' only, by <c>OfficerScope.Apply</c>;
    /// deciding is refused), and their programmes' pages. Not the members, claims, handoffs, coverage, exports or audit.
    /// </summary>
    public static readonly string[] SponsorOfficerPages =
        ["/Petugas/Index", "/Petugas/Pendaftaran", "/Petugas/Sponsor", "/Petugas/SponsorCakupan", "/Petugas/SponsorTagihan", "/Petugas/SponsorUndangan", "/Petugas/Keluar"];

    /// <summary>Officer accounts (Identity on the bot's database) and the console's own services: what the CLI verbs need too (with <c>AddSignUps</c>).</summary>
    public static IServiceCollection AddOfficerAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<Officer>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BotDbContext>()
            .AddSignInManager();
        services.AddScoped<OfficerAccounts>();
        services.AddScoped<OfficerScopeResolver>();
        services.AddSingleton<Members.MemberList>();
        services.AddSingleton<Handoffs.HandoffInbox>();
        services.AddSingleton<Privacy.NikLimitReport>();
        services.AddSingleton<AuditExport>();
        services.AddSingleton<Access.AccessLog>();
        return services;
    }

    /// <summary>The officer console: Razor Pages under /petugas, Identity cookies, security headers, the first admin.</summary>
    public static WebApplicationBuilder AddOfficerConsole(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddOfficerAccounts();
        builder.Services.AddSignInRateLimit();
        var development = builder.Environment.IsDevelopment();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "jamsostek.petugas";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Outside Development the session cookie is always Secure, even when the TLS proxy forwards plain http.
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Events.OnValidatePrincipal = OfficerSessionCheck.ValidateAsync;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/petugas/keluar";
            o.AccessDeniedPath = "/petugas/ditolak";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in officer without the role gets a real 403 (shown by the friendly status page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jamsostek.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Antiforgery refuses every form over plain http when its cookie is Always (local use on 127.0.0.1); the
            // token is worthless without the session cookie, and it is Secure on https (also via X-Forwarded-Proto).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            // The accounts page's notices ("Akun rina dinonaktifkan") travel in this cookie: as the session's.
            o.Cookie.Name = "jamsostek.pesan";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OfficerRoles.Admin, p => p.RequireRole(OfficerRoles.Admin))
            .AddPolicy(ConsolePolicy, p => p.RequireRole(OfficerRoles.Admin, OfficerRoles.Petugas, OfficerRoles.Sponsor))
            .AddPolicy("officer", p => p.RequireRole(OfficerRoles.Admin, OfficerRoles.Petugas));
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Petugas", ConsolePolicy);
            // Closed by default: a page a sponsor officer may open is listed; every other (a new one too) needs admin or petugas.
            o.Conventions.AddFolderApplicationModelConvention("/Petugas", page =>
            {
                if (!SponsorOfficerPages.Contains(page.ViewEnginePath, StringComparer.OrdinalIgnoreCase))
                {
                    page.EndpointMetadata.Add(new AuthorizeAttribute("officer"));
                }
            });
            o.Conventions.AuthorizePage("/Petugas/SponsorProgram", OfficerRoles.Admin);
            o.Conventions.AuthorizePage("/Petugas/Akun", OfficerRoles.Admin);
            o.Conventions.AuthorizePage("/Petugas/Akses", OfficerRoles.Admin);
            o.Conventions.AuthorizePage("/Petugas/Pembayaran", OfficerRoles.Admin); // an import is not limited to the officer's regencies
            o.Conventions.AllowAnonymousToPage("/Petugas/Masuk");
            o.Conventions.AllowAnonymousToPage("/Petugas/Ditolak");
            o.Conventions.AllowAnonymousToPage("/Petugas/Galat");
        }).AddApplicationPart(typeof(OfficerConsoleExtensions).Assembly); // the pages live here whatever the entry assembly (tests)
        builder.Services.TryAddSingleton(new FirstAdminOutput(Console.Out));
        builder.Services.AddHostedService<FirstAdminSeeder>();
        return builder;
    }

    public static WebApplication MapOfficerConsole(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Friendly Indonesian pages for a bare 400/403/404 in the console only (the webhook and /health keep theirs).
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/petugas", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute("/petugas/galat/{0}"));
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        app.UseStaticFiles(Directory.Exists(webRoot) ? new StaticFileOptions { FileProvider = new PhysicalFileProvider(webRoot) } : new StaticFileOptions());
        app.UseRouting(); // after the status pages: a re-executed request must be routed again to find its page
        app.UseRateLimiter(); // sign-in attempts per IP; after the status pages so a 429 gets the friendly page
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGet("/", () => Results.Redirect("/petugas"));
        return app;
    }
}
