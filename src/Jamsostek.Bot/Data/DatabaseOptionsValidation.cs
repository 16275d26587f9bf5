using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Data;

/// <summary>Fails the start with what to fix in the database settings (provider, connection string), never their values.</summary>
internal sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
