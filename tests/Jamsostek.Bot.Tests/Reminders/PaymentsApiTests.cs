using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jamsostek.Bot.Members;
using Jamsostek.Bot.Tests.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class PaymentsApiTests : IAsyncLifetime
{
    private readonly OfficerWebFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Post_IsOff_WhenNoKeyIsConfigured()
    {
        using var response = await factory.Client().PostAsJsonAsync(new Uri("/api/payments", UriKind.Relative), new { });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_RecordsABatchPerItem_Idempotently_AndRefusesAWrongKey()
    {
        using var keyed = factory.WithWebHostBuilder(b => b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Payments:ApiKey"] = "kunci-mitra-2026" })));
        await using (var db = factory.Db())
        {
            db.Members.Add(new Member
            {
                SignUpId = 1, Kpj = "12345678901", Nik = "6306055208900001", FullName = "Siti", RegencyCode = "63.06", VillageCode = "63.06.05.2001",
                Programs = "JKK,JKM", PaymentPeriodMonths = 1, MonthlyIncome = 1_000_000m, Occupation = "pedagang",
                FirstContributionMonth = new DateOnly(2026, 5, 1), TimeZone = "Asia/Makassar", Channel = "terminal", ChatId = "siti",
            });
            await db.SaveChangesAsync();
        }

        var client = keyed.CreateClient();
        object[] batch =
        [
            new { nik = "6306055208900001", kpj = "12345678901", months = 1, amount = 8400, paidAt = "2026-05-05T10:00:00+08:00", reference = "MITRA-1" },
            new { nik = "6306055208900001", kpj = "12345678901", months = 2, amount = 10000, paidAt = "2026-05-06T10:00:00+08:00", reference = "MITRA-2" },
            new { nik = "6306055208900001", kpj = "99999999999", months = 1, amount = 8400, paidAt = "2026-05-06T10:00:00+08:00", reference = "MITRA-3" },
        ];

        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/api/payments") { Content = JsonContent.Create(batch) };
        wrongKey.Headers.Add("X-Api-Key", "kunci-salah");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrongKey)).StatusCode);

        var first = await PostAsync(client, batch);
        Assert.Equal(["recorded", "recorded", "refused"], first.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal("2026-05", first[0].GetProperty("paidThrough").GetString());
        Assert.True(first[1].GetProperty("amountMismatch").GetBoolean()); // June and July are Rp8.400 each: Rp16.800, not Rp10.000
        var again = await PostAsync(client, batch[0]);
        Assert.Equal("duplicate", Assert.Single(again).GetProperty("status").GetString());
        await using var check = factory.Db();
        Assert.Equal(2, await check.Payments.CountAsync());
        Assert.Equal(new DateOnly(2026, 7, 1), (await check.Members.SingleAsync()).PaidThrough);
    }

    private static async Task<List<JsonElement>> PostAsync(HttpClient client, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", "kunci-mitra-2026");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }
}
