using System.Globalization;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Officers;
using Microsoft.AspNetCore.Identity;
using Jamsostek.Bot.SignUps.Decisions;

namespace Jamsostek.Bot.Officers;

/// <summary><c>signups approve ID --kpj N --officer U</c> and <c>signups reject ID --reason "..." --officer U</c>, within that officer's regencies.</summary>
public sealed class SignUpDecisionCommand(SignUpDecisions decisions, UserManager<Officer> users, TerminalIo io, Officers.Access.AccessLog access)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        if (!long.TryParse(command.Arguments[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await io.Error.WriteLineAsync($"'{command.Arguments[0]}' bukan nomor pendaftaran (angka).");
            return CommandLine.UsageExitCode;
        }

        if (command.Values.GetValueOrDefault("officer") is not { } userName)
        {
            await io.Error.WriteLineAsync("Perlu --officer USERNAME.");
            return CommandLine.UsageExitCode;
        }

        var officer = await users.FindByNameAsync(userName);
        if (officer is null)
        {
            await io.Error.WriteLineAsync($"Petugas '{userName}' tidak ada.");
            return 1;
        }

        var scope = OfficerScopes.Of(officer, await users.IsInRoleAsync(officer, OfficerRoles.Admin), await users.IsInRoleAsync(officer, OfficerRoles.Sponsor));
        DecisionResult result;
        if (command.Verb == Verb.SignUpsApprove)
        {
            result = await decisions.ApproveAsync(id, command.Values.GetValueOrDefault("kpj"), scope, cancellationToken);
        }
        else if (command.Values.GetValueOrDefault("reason") is { } reason && !string.IsNullOrWhiteSpace(reason))
        {
            var (code, note) = SignUpDecisions.ReasonFromText(reason);
            result = await decisions.RejectAsync(id, code, note, scope, cancellationToken);
        }
        else
        {
            await io.Error.WriteLineAsync("Perlu --reason \"alasan penolakan\".");
            return CommandLine.UsageExitCode;
        }

        // The audit says "petugas:NAME" as for the console; this says it came from a shell, and whose.
        await access.RecordCliAsync(officer.UserName ?? userName, Officers.Access.AccessActions.CliDecision,
            $"{(command.Verb == Verb.SignUpsApprove ? "setujui" : "tolak")} id {id}: {(result.Succeeded ? result.Reference : "tidak dilakukan (" + result.Error + ")")}", cancellationToken);
        if (!result.Succeeded)
        {
            await io.Error.WriteLineAsync(result.Error);
            return 1;
        }

        await io.Out.WriteLineAsync(command.Verb == Verb.SignUpsApprove
            ? $"Pendaftaran {result.Reference} disetujui; pekerja diberi tahu."
            : $"Pendaftaran {result.Reference} ditolak; pekerja diberi tahu.");
        return 0;
    }
}
