using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Officers;

/// <summary>
/// At start (after migrations): the roles exist; with no officer at all, an "admin" account is created with a
/// random password printed once to the console. Replicas starting together on one database race for the roles and the
/// account: the loser of a unique race looks again and finds what the winner created, instead of stopping the replica.
/// </summary>
internal sealed class FirstAdminSeeder(IServiceScopeFactory scopes, FirstAdminOutput output) : IHostedService
{
    public const string UserName = "admin";

    private const int Attempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex) && attempt < Attempts)
            {
                // Another replica created a role or the admin between our check and our insert: a fresh scope looks again.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<OfficerAccounts>();
        await accounts.EnsureRolesAsync();
        if (await accounts.AnyAsync())
        {
            return;
        }

        var password = PasswordGenerator.Generate();
        if (await accounts.CreateAsync(UserName, OfficerRoles.Admin, [], password) is { } error)
        {
            if (await accounts.AnyAsync())
            {
                return; // Identity found the name taken: another replica's admin, printed by that replica
            }

            throw new InvalidOperationException($"The first admin could not be created: {error}");
        }

        // The console, not the log: a password must never reach log files or a log collector.
        await output.Writer.WriteLineAsync($"Akun admin pertama dibuat. Nama pengguna: {UserName}  Kata sandi: {password} (catat sekarang; tidak akan ditampilkan lagi)");
        await output.Writer.FlushAsync(cancellationToken);
    }
}
