using System.Globalization;
using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Reminders;

/// <summary><c>reminders plan [--json]</c> (one pass at --now) and <c>reminders list --member ID [--json]</c>.</summary>
public sealed class RemindersCommand(ReminderPlanner planner, IDbContextFactory<BotDbContext> dbFactory, TerminalIo io)
{
    public async Task<int> PlanAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var queued = await planner.RunAsync(cancellationToken);
        foreach (var r in queued)
        {
            await io.Out.WriteLineAsync(command.Json
                ? JsonSerializer.Serialize(Line(r.Member, r.Kpj, r.Kind, r.ContributionMonth, r.DueDate, r.SendAtUtc, r.SendAtLocal, r.Amount, status: null), TerminalIo.LineJson)
                : string.Format(CultureInfo.InvariantCulture, "{0,6} {1} {2,-16} {3:yyyy-MM} jatuh tempo {4:yyyy-MM-dd} Rp{5} {6:yyyy-MM-dd'T'HH:mm:sszzz}", r.Member, r.Kpj, r.Kind, r.ContributionMonth, r.DueDate, r.Amount, r.SendAtLocal));
        }

        if (!command.Json)
        {
            await io.Out.WriteLineAsync($"Pengingat diantrekan: {queued.Count.ToString(CultureInfo.InvariantCulture)}.");
        }

        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }

    public async Task<int> ListAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        if (!command.Values.TryGetValue("member", out var raw) || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId))
        {
            await io.Error.WriteLineAsync("--member ID (angka) diperlukan / is required.");
            return CommandLine.UsageExitCode;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            await io.Error.WriteLineAsync($"Peserta {memberId.ToString(CultureInfo.InvariantCulture)} tidak ada.");
            return 1;
        }

        var zone = Jamsostek.Bpu.IndonesianTimeZone.FromIanaId(member.TimeZone) ?? Jamsostek.Bpu.IndonesianTimeZone.Wib;
        var rows = await db.Reminders.AsNoTracking().Include(r => r.OutboxMessage).Where(r => r.MemberId == memberId)
            .OrderBy(r => r.ContributionMonth).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var r in rows)
        {
            var status = r.CancelledAt is not null ? "cancelled" : r.OutboxMessage?.SentAt is not null ? "sent" : r.OutboxMessage?.AbandonedAt is not null ? "abandoned" : "queued";
            await io.Out.WriteLineAsync(command.Json
                ? JsonSerializer.Serialize(Line(member.Id, member.Kpj, r.Kind, r.ContributionMonth, r.DueDate, r.SendAt, zone.ToLocal(r.SendAt), r.Amount, status), TerminalIo.LineJson)
                : string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM} {1,-16} jatuh tempo {2:yyyy-MM-dd} Rp{3} {4:yyyy-MM-dd'T'HH:mm:sszzz} {5}", r.ContributionMonth, r.Kind, r.DueDate, r.Amount, zone.ToLocal(r.SendAt), status));
        }

        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }

    private static Dictionary<string, object?> Line(long member, string kpj, string kind, DateOnly month, DateOnly due, DateTimeOffset sendAtUtc, DateTimeOffset sendAtLocal, decimal amount, string? status)
    {
        var line = new Dictionary<string, object?>
        {
            ["member"] = member,
            ["kpj"] = kpj,
            ["kind"] = kind,
            ["contributionMonth"] = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["dueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sendAtUtc"] = sendAtUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["sendAtLocal"] = sendAtLocal.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["amount"] = amount,
        };
        if (status is not null)
        {
            line["status"] = status;
        }

        return line;
    }
}
