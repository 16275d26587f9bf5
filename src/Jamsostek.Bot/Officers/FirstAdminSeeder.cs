namespace Jamsostek.Bot.Officers;

/// <summary>
/// At start (after migrations): the roles exist; with no officer at all, an "admin" account is created with a
/// random password printed once to the console.
/// </summary>
internal sealed class FirstAdminSeeder(IServiceScopeFactory scopes, FirstAdminOutput output) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
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
            throw new InvalidOperationException($"The first admin could not be created: {error}");
        }

        // The console, not the log: a password must never reach log files or a log collector.
        await output.Writer.WriteLineAsync($"Akun admin pertama dibuat. Nama pengguna: {UserName}  Kata sandi: {password} (catat sekarang; tidak akan ditampilkan lagi)");
        await output.Writer.FlushAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
