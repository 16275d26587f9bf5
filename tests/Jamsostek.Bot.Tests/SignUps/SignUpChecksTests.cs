using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.SignUps.Decisions;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.SignUps;

/// <summary>The contribution check recomputes the chat's quote by the chat's rule: no relief when a sponsor (APBD) pays.</summary>
public sealed class SignUpChecksTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public async Task InitializeAsync()
    {
        await using var db = factory.Db();
        db.Sponsors.Add(new Sponsor { Code = "hss2026", Name = "Pemkab HSS 2026", RegencyCode = "63.06" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    // Submitted in May 2026, a pedagang at the Rp2,6 juta base with JHT: Rp68.400 with the PP 50/2025 relief, Rp84.800 without.
    [Theory]
    [InlineData(null, 68_400, true)]
    [InlineData(null, 84_800, false)]
    [InlineData("hss2026", 84_800, true)]
    [InlineData("hss2026", 68_400, false)]
    [InlineData("iklan-fb", 68_400, true)]
    public async Task RunAsync_ContributionCheck_AppliesReliefOnlyWhenNotSponsored(string? source, int quoted, bool passes)
    {
        var signUp = await factory.AddSignUpAsync(s => { s.Source = source; s.MonthlyContribution = quoted; });

        var checks = await factory.Services.GetRequiredService<SignUpChecks>().RunAsync(signUp);

        var quote = Assert.Single(checks, c => c.Name == "Iuran yang disebutkan");
        Assert.True(quote.Passed == passes, quote.Detail);
    }
}
