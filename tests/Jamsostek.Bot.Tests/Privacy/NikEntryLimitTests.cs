using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Privacy;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// A chat cannot probe NIK after NIK: the sixth NIK typed at the NIK step within 24 hours is not read (the
/// engine, which looks it up, never sees it), the worker is told kindly and offered a person, and the refusal is
/// logged with the NIK masked. After 24 hours (a rolling window) the chat may type NIKs again.
/// </summary>
public sealed class NikEntryLimitTests
{
    private static readonly string[] Niks =
        ["6306055208900003", "6306050101950002", "6306054506880001", "6306051212800004", "6306050303990005", "6306052707770006", "6306051111910007"];

    /// <summary>Stays at the NIK step whatever is typed, as a prober would (the real flow's "kembali" leads back there).</summary>
    private static FakeEngine AtNikStep() => new((state, input, _) =>
        new TurnResult(state with { FlowId = "registrasi-bpu", StepId = NikEntryLimit.NikStep }, [Reply.Plain($"Dicek: {input.Text}")], []));

    [Fact]
    public async Task ProcessAsync_RefusesSixthNikUnread_WhenChatTypedFiveIn24Hours()
    {
        var engine = AtNikStep();
        var logs = new ListLoggerProvider();
        await using var fixture = await TurnFixture.StartAsync(engine, s => s.AddSingleton<ILoggerProvider>(logs));
        await fixture.SendAsync("daftar");
        foreach (var nik in Niks[..4])
        {
            await fixture.SendAsync(nik);
        }

        await fixture.SendAsync("apa itu NIK?"); // not a NIK: not counted
        fixture.Time.Advance(TimeSpan.FromHours(23));
        await fixture.SendAsync("6306 0503 0399 0005"); // the fifth, typed with spaces
        var callsBefore = engine.Calls;

        var outcome = await fixture.SendAsync(Niks[5]);

        Assert.Equal(callsBefore, engine.Calls);
        Assert.Equal(("registrasi-bpu", "nik"), (outcome.FlowId, outcome.StepId));
        await using (var db = fixture.Db())
        {
            var reply = await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Text).LastAsync();
            Assert.Contains("5 NIK dalam 24 jam", reply, StringComparison.Ordinal);
            Assert.Contains("hubungi petugas", reply, StringComparison.Ordinal);
            Assert.DoesNotContain(await db.ConversationMessages.Select(m => m.Text).ToListAsync(), t => t.Contains(Niks[5], StringComparison.Ordinal));
            Assert.Equal((6, 1), (await db.NikEntries.CountAsync(), await db.NikEntries.CountAsync(e => e.Refused)));
        }

        var refusal = Assert.Single(logs.Lines, l => l.Contains("NIK entry refused", StringComparison.Ordinal));
        Assert.Contains(PersonalData.MaskNik(Niks[5]), refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Niks[5], StringComparison.Ordinal));

        fixture.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)); // the first four are now over 24 hours old
        await fixture.SendAsync(Niks[6]);
        Assert.Equal(callsBefore + 1, engine.Calls);
    }
}
