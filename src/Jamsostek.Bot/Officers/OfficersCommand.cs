using Jamsostek.Bot.Cli;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// <c>officers add USERNAME --role admin|petugas|sponsor [--regency 63.06 ...] [--sponsor CODE,...] [--password P]</c> and
/// <c>officers list</c>; a sponsor officer takes their programme codes, and their regencies follow the programmes.
/// </summary>
public sealed class OfficersCommand(OfficerAccounts accounts, TerminalIo io, Access.AccessLog access)
{
    public async Task<int> AddAsync(ParsedCommand command)
    {
        var userName = command.Arguments[0];
        if (!command.Values.TryGetValue("role", out var role))
        {
            await io.Error.WriteLineAsync("Perlu --role admin, --role petugas atau --role sponsor (dengan --sponsor KODE).");
            return CommandLine.UsageExitCode;
        }

        var password = command.Values.GetValueOrDefault("password") ?? (await io.In.ReadLineAsync())?.Trim();
        if (string.IsNullOrEmpty(password))
        {
            await io.Error.WriteLineAsync("Kata sandi kosong: berikan --password atau ketik kata sandi di baris pertama stdin.");
            return CommandLine.UsageExitCode;
        }

        var regencies = (command.Values.GetValueOrDefault("regency") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sponsors = (command.Values.GetValueOrDefault("sponsor") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await accounts.CreateAsync(userName, role, regencies, password, sponsors) is { } error)
        {
            await io.Error.WriteLineAsync($"Akun {userName} tidak dibuat: {error}");
            return 1;
        }

        // An account change like the accounts page's, made by whoever has a shell on the server.
        await access.RecordCliAsync("(CLI)", Access.AccessActions.AccountAdded,
            $"{userName}, peran {role}{(regencies.Length == 0 ? "" : ", wilayah " + string.Join(' ', regencies))}{(sponsors.Length == 0 ? "" : ", program " + string.Join(' ', sponsors))}");
        await io.Out.WriteLineAsync($"Akun {userName} ({role}) dibuat.");
        return 0;
    }

    public async Task<int> ListAsync()
    {
        var officers = await accounts.ListAsync();
        if (officers.Count == 0)
        {
            await io.Out.WriteLineAsync("Belum ada akun petugas.");
            return 0;
        }

        foreach (var o in officers)
        {
            var regencies = o.Sponsors.Count > 0 ? "program " + string.Join(' ', o.Sponsors)
                : o.Regencies.Count == 0 ? "semua wilayah" : string.Join(' ', o.Regencies);
            await io.Out.WriteLineAsync($"{o.UserName,-20} {o.Roles,-8} {regencies}");
        }

        return 0;
    }
}
