using System.Net;
using System.Text.RegularExpressions;
using Jamsostek.Bot.Officers;
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

    [GeneratedRegex(@"Nama pengguna: admin  Kata sandi: (\S+) \(catat sekarang")]
    private static partial Regex PasswordLine();
}
