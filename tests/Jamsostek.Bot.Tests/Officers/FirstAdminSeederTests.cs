using System.Net;
using System.Text.RegularExpressions;
using Jamsostek.Bot.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

public sealed partial class FirstAdminSeederTests : IDisposable
{
    private readonly OfficerWebFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task StartAsync_PrintsAWorkingPasswordOnce_WhenNoOfficerExists()
    {
        using var anonymous = factory.Client(); // starts the host: migrations, then the seeder

        var printed = factory.ConsoleOutput.ToString();
        var match = Assert.Single(PasswordLine().Matches(printed));
        var password = match.Groups[1].Value;
        using var admin = await factory.SignedInAsync(FirstAdminSeeder.UserName, password);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/petugas/akun", UriKind.Relative))).StatusCode);

        // A second start with an officer on record creates nothing and prints nothing.
        var seeder = factory.Services.GetServices<IHostedService>().OfType<FirstAdminSeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);
        Assert.Equal(printed, factory.ConsoleOutput.ToString());
    }

    [Fact]
    public async Task StartAsync_PrintsNothing_WhenAnOfficerAlreadyExists()
    {
        using var anonymous = factory.Client();
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        factory.ConsoleOutput.GetStringBuilder().Clear();

        var seeder = factory.Services.GetServices<IHostedService>().OfType<FirstAdminSeeder>().Single();
        await seeder.StartAsync(CancellationToken.None);

        Assert.Empty(factory.ConsoleOutput.ToString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task StartAsync_CreatesOneAdminAndStopsNoReplica_WhenSixReplicasStartTogetherOnAnEmptyDatabase(string provider)
    {
        await using var database = await TestDb.CreateAsync(provider);
        await using var host = new OfficerWebFactory { Database = database };
        using var anonymous = host.Client(); // migrated and seeded once: empty it again, as a new installation
        await using (var db = host.Db())
        {
            await db.UserRoles.ExecuteDeleteAsync();
            await db.Users.ExecuteDeleteAsync();
            await db.Roles.ExecuteDeleteAsync();
        }

        host.ConsoleOutput.GetStringBuilder().Clear();
        var seeder = host.Services.GetServices<IHostedService>().OfType<FirstAdminSeeder>().Single();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => seeder.StartAsync(CancellationToken.None))));

        Assert.Single(PasswordLine().Matches(host.ConsoleOutput.ToString()));
        await using var check = host.Db();
        Assert.Equal((1, OfficerRoles.All.Count), (await check.Users.CountAsync(), await check.Roles.CountAsync()));
    }

    [GeneratedRegex(@"Nama pengguna: admin  Kata sandi: (\S+) \(catat sekarang")]
    private static partial Regex PasswordLine();
}
