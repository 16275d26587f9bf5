using System.Net;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Officers;

/// <summary>Issue 9.10: who opened, searched, exported, signed in and changed accounts is recorded, for admins to read.</summary>
public sealed class AccessLogTests : OfficerConsoleTest
{
    private const string WrongPassword = "Tebakan-Salah-77";

    [Fact]
    public async Task ConsoleAccess_IsRecordedWithOfficerTimeWhatAndIp_NikMasked_PasswordNever()
    {
        var signUp = await Factory.AddSignUpAsync(s => { s.Status = SignUpStatus.Approved; s.Kpj = "12345678901"; s.DecidedAt = Factory.Time.GetUtcNow(); });
        using var failed = await OfficerWebFactory.PostFormAsync(Factory.Client(), OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "rina", ["Password"] = WrongPassword });
        using var rina = await Factory.SignedInAsync("rina");

        await rina.GetStringAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}", UriKind.Relative));
        await rina.GetStringAsync(new Uri($"/petugas?cari={signUp.Nik}", UriKind.Relative));
        await rina.GetStringAsync(new Uri("/petugas?cari=Pekerja", UriKind.Relative));
        await rina.GetByteArrayAsync(new Uri("/petugas/ekspor?handler=csv&dari=2026-05-01&sampai=2026-05-31", UriKind.Relative));
        await rina.GetByteArrayAsync(new Uri("/petugas/riwayat?handler=csv&dari=2026-05-01&sampai=2026-05-31", UriKind.Relative));
        await rina.GetByteArrayAsync(new Uri($"/petugas/pendaftaran/{signUp.Id}?handler=audit", UriKind.Relative));
        using var boss = await Factory.SignedInAsync("boss");
        using var disabled = await OfficerWebFactory.PostFormAsync(boss, "/petugas/akun", new() { ["nama"] = "rina" }, "/petugas/akun?handler=Disable");

        await using var db = Factory.Db();
        var log = await db.AccessLog.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [
                ("rina", AccessActions.SignInFailed), ("rina", AccessActions.SignIn), ("rina", AccessActions.ViewSignUp), ("rina", AccessActions.Search),
                ("rina", AccessActions.Search), ("rina", AccessActions.ExportApproved), ("rina", AccessActions.ExportAudit), ("rina", AccessActions.ExportSignUpAudit),
                ("boss", AccessActions.SignIn), ("boss", AccessActions.AccountDisabled),
            ],
            log.Select(a => (a.Officer, a.Action)));
        Assert.All(log, a => Assert.Equal(Factory.Time.GetUtcNow(), a.At));
        Assert.Equal("kata sandi salah", log[0].Detail);
        Assert.Contains(signUp.Reference, log[2].Detail, StringComparison.Ordinal);
        Assert.Equal("NIK 6306**********01", log[3].Detail);
        Assert.Equal("Pekerja", log[4].Detail);
        Assert.Equal("rina", log[9].Detail);
        var everything = string.Join('\n', log.Select(a => $"{a.Officer} {a.Action} {a.Detail} {a.Ip}"));
        Assert.DoesNotContain(signUp.Nik, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(OfficerWebFactory.Password, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_IsRecordedUnderTheAccountsOwnName_AndAnUnknownNameOnlyAsAHint()
    {
        // Found in review: the name was kept as typed, so a password typed into the name field reached the admin's
        // page and CSV, and "RINA" was not found by the filter "rina".
        const string PasswordInNameField = "Rahasia-Rina-2026";
        using var typo = await OfficerWebFactory.PostFormAsync(Factory.Client(), OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = PasswordInNameField, ["Password"] = WrongPassword });
        using var upper = Factory.Client();
        using var signedIn = await OfficerWebFactory.PostFormAsync(upper, OfficerConsoleExtensions.LoginPath, new() { ["UserName"] = "RINA", ["Password"] = OfficerWebFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        await using var db = Factory.Db();
        var log = await db.AccessLog.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("Ra… (17 karakter)", AccessActions.SignInFailed), ("rina", AccessActions.SignIn)], log.Select(a => (a.Officer, a.Action)));
        Assert.DoesNotContain(log, a => $"{a.Officer} {a.Detail}".Contains(PasswordInNameField, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DetailPageOutsideTheOfficersRegencies_IsRecordedAsRefused()
    {
        var elsewhere = await Factory.AddSignUpAsync(s => s.RegencyCode = "63.07");
        using var rina = await Factory.SignedInAsync("rina");

        using var response = await rina.GetAsync(new Uri($"/petugas/pendaftaran/{elsewhere.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = Factory.Db();
        var entry = await db.AccessLog.SingleAsync(a => a.Action == AccessActions.ViewSignUpRefused);
        Assert.Equal(("rina", $"id {elsewhere.Id}"), (entry.Officer, entry.Detail));
    }

    [Fact]
    public async Task Entry_KeepsTheClientAddress()
    {
        using var scope = Factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.44");
        await Factory.Services.GetRequiredService<AccessLog>().RecordAsync(http, "rina", AccessActions.SignInFailed, "kata sandi salah");

        await using var db = Factory.Db();
        Assert.Equal("192.0.2.44", (await db.AccessLog.SingleAsync()).Ip);
    }

    [Fact]
    public async Task AdminPage_ListsAndFiltersByOfficer_AndExportsCsv_ButIsForbiddenToPetugas()
    {
        using var rina = await Factory.SignedInAsync("rina");
        using var boss = await Factory.SignedInAsync("boss");

        var all = await boss.GetStringAsync(new Uri("/petugas/akses?dari=2026-05-11&sampai=2026-05-11", UriKind.Relative));
        var onlyRina = await boss.GetStringAsync(new Uri("/petugas/akses?dari=2026-05-11&sampai=2026-05-11&petugas=rina", UriKind.Relative));
        var csv = System.Text.Encoding.UTF8.GetString(await boss.GetByteArrayAsync(new Uri("/petugas/akses?handler=csv&dari=2026-05-11&sampai=2026-05-11", UriKind.Relative)));
        using var forbidden = await rina.GetAsync(new Uri("/petugas/akses", UriKind.Relative));

        Assert.Contains("<td>boss</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td>rina</td>", all, StringComparison.Ordinal);
        Assert.Contains("<td>rina</td>", onlyRina, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>boss</td>", onlyRina, StringComparison.Ordinal);
        Assert.Contains("Masuk", all, StringComparison.Ordinal);
        Assert.Contains("11-05-2026 08:00:00 WIB", all, StringComparison.Ordinal);
        Assert.Contains("Waktu (UTC),Waktu (WIB),Petugas,Kegiatan,Keterangan,Alamat IP", csv, StringComparison.Ordinal);
        Assert.Contains("2026-05-11 01:00:00", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await using var db = Factory.Db();
        Assert.True(await db.AccessLog.AnyAsync(a => a.Officer == "boss" && a.Action == AccessActions.ExportAccess));
    }

    [Fact]
    public async Task Log_IsAppendOnly_InTheContextAndInTheDatabase()
    {
        using var rina = await Factory.SignedInAsync("rina");
        await using var db = Factory.Db();
        var entry = await db.AccessLog.FirstAsync();

        entry.Officer = "orang-lain";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.AccessLog.ExecuteUpdateAsync(s => s.SetProperty(a => a.Officer, "orang-lain")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AccessLog.ExecuteDeleteAsync());
        await using var fresh = Factory.Db();
        Assert.Equal("rina", (await fresh.AccessLog.SingleAsync()).Officer);
    }
}
