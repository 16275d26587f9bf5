using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>With an access token set, everything else the channel needs must be there and sane; messages name settings, never values.</summary>
public sealed class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        Require(failures, options.PhoneNumberId, "PhoneNumberId");
        Require(failures, options.AppSecret, "AppSecret");
        Require(failures, options.VerifyToken, "VerifyToken");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && !baseUrl.IsLoopback))
        {
            failures.Add("WhatsApp:ApiBaseUrl must be an absolute https address (http only on loopback).");
        }

        if (options.PhoneNumberId is { } id && !id.All(char.IsAsciiDigit))
        {
            failures.Add("WhatsApp:PhoneNumberId must be the numeric id of the phone number.");
        }

        if (!(options.MessagesPerSecond > 0) || !(options.PerRecipientSecondsBetween > 0) || options.PerRecipientBurst < 1)
        {
            failures.Add("WhatsApp:MessagesPerSecond, PerRecipientSecondsBetween must be greater than 0 and PerRecipientBurst at least 1.");
        }

        if (options.MaxSendAttempts < 1 || !(options.GiveUpAfterHours > 0) || !(options.OutboxPollSeconds > 0) || options.RequestTimeoutSeconds < 1)
        {
            failures.Add("WhatsApp:MaxSendAttempts, GiveUpAfterHours, OutboxPollSeconds and RequestTimeoutSeconds must be positive.");
        }

        foreach (var (kind, template) in options.Templates)
        {
            if (string.IsNullOrWhiteSpace(template) || !template.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                failures.Add($"WhatsApp:Templates:{kind} must be a template name (lower-case letters, digits, _).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string setting)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"WhatsApp:{setting} is required when WhatsApp:AccessToken is set.");
        }
    }
}
