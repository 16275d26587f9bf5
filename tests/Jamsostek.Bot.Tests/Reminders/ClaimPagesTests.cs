using System.Net;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Payments;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class ClaimPagesTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();
    private long sitiClaim;
    private long dewiClaim;

    public async Task InitializeAsync()
    {
        await factory.AddOfficerAsync("rina", OfficerRoles.Petugas, "63.06");
        await using var db = factory.Db();
        var siti = Member(1, "63.06", "Siti Banjar");
        var dewi = Member(2, "62.01", "Dewi Kotawaringin");
        db.Members.AddRange(siti, dewi);
        await db.SaveChangesAsync();
        var claims = new[] { siti, dewi }.Select(m => new PaymentClaim { MemberId = m.Id, ContributionMonth = new DateOnly(2026, 5, 1), ClaimedAt = factory.Time.GetUtcNow().AddHours(-3) }).ToList();
        db.PaymentClaims.AddRange(claims);
        db.Payments.AddRange(new[] { siti, dewi }.Select(m => new Payment
        {
            MemberId = m.Id, Reference = $"LAMA-{m.Id}", FirstMonth = new DateOnly(2026, 4, 1), Months = 1, Amount = 5_000m, ExpectedAmount = 8_400m,
            AmountMismatch = true, PaidAt = factory.Time.GetUtcNow().AddDays(-20), RecordedAt = factory.Time.GetUtcNow().AddDays(-20), Source = "csv",
        }));
        await db.SaveChangesAsync();
        (sitiClaim, dewiClaim) = (claims[0].Id, claims[1].Id);
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Klaim_ShowsOnlyTheOfficersClaimsAndFlaggedPayments_WithPaidAgainstTariff()
    {
        using var rina = await factory.SignedInAsync("rina");

        var html = await rina.GetStringAsync(new Uri("/petugas/klaim", UriKind.Relative));

        Assert.Contains("Siti Banjar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dewi Kotawaringin", html, StringComparison.Ordinal);
        Assert.Contains("LAMA-", html, StringComparison.Ordinal);
        Assert.Contains("Rp5.000", html.Replace("&#xA0;", " ", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Rp8.400", html.Replace("&#xA0;", " ", StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_RecordsThePaymentWithTheOfficersReference_ClosesTheClaimAndAudits()
    {
        using var rina = await factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(rina, "/petugas/klaim", new() { ["referensi"] = "BRI-7781" }, $"/petugas/klaim?handler=Confirm&id={sitiClaim}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var payment = await db.Payments.SingleAsync(p => p.Reference == "BRI-7781");
        Assert.Equal(("petugas", "rina", new DateOnly(2026, 5, 1), false), (payment.Source, payment.RecordedBy, payment.FirstMonth, payment.AmountMismatch));
        Assert.NotNull((await db.PaymentClaims.SingleAsync(c => c.Id == sitiClaim)).ClosedAt);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "payment-claim-confirmed");
        Assert.Equal(("petugas:rina", sitiClaim.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Actor, audit.EntityId));
    }

    [Fact]
    public async Task Dismiss_ClosesTheClaimWithoutPayment_AndAnotherRegencysClaimIsNotFound()
    {
        using var rina = await factory.SignedInAsync("rina");

        using var dismissed = await OfficerWebFactory.PostFormAsync(rina, "/petugas/klaim", [], $"/petugas/klaim?handler=Dismiss&id={sitiClaim}");
        using var foreign = await OfficerWebFactory.PostFormAsync(rina, "/petugas/klaim", new() { ["referensi"] = "X-1" }, $"/petugas/klaim?handler=Confirm&id={dewiClaim}");

        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await using var db = factory.Db();
        Assert.NotNull((await db.PaymentClaims.SingleAsync(c => c.Id == sitiClaim)).ClosedAt);
        Assert.Null((await db.PaymentClaims.SingleAsync(c => c.Id == dewiClaim)).ClosedAt);
        Assert.Equal(2, await db.Payments.CountAsync()); // the two seeded ones: nothing recorded
        Assert.Equal("payment-claim-dismissed", (await db.AuditEntries.SingleAsync(a => a.Action.StartsWith("payment-claim"))).Action);
    }

    [Fact]
    public async Task Confirm_RefusesAndKeepsTheClaimOpen_WhenNoReferenceIsTyped()
    {
        using var rina = await factory.SignedInAsync("rina");

        using var response = await OfficerWebFactory.PostFormAsync(rina, "/petugas/klaim", new() { ["referensi"] = " " }, $"/petugas/klaim?handler=Confirm&id={sitiClaim}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nomor referensi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.Null((await db.PaymentClaims.SingleAsync(c => c.Id == sitiClaim)).ClosedAt);
    }

    private static Member Member(int n, string regency, string name) => new()
    {
        SignUpId = n, Kpj = $"1000000000{n}", Nik = n == 1 ? "6306055208900001" : "6201055208900002", FullName = name, RegencyCode = regency,
        VillageCode = regency + ".05.2001", Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang",
        FirstContributionMonth = new DateOnly(2026, 4, 1), PaidThrough = new DateOnly(2026, 4, 1), TimeZone = regency.StartsWith("63", StringComparison.Ordinal) ? "Asia/Makassar" : "Asia/Pontianak",
        Channel = "terminal", ChatId = $"chat-{n}",
    };
}
