namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>Settings of the WhatsApp Cloud API channel, section "WhatsApp". The channel is off while no access token is set.</summary>
public sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";
    public const string DefaultApiBaseUrl = "https://graph.facebook.com/v23.0";

    /// <summary>A system user's permanent token for the Graph API. A secret: never logged.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The id of the business phone number the bot sends from (not the number itself).</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>The Meta app's secret: the key of X-Hub-Signature-256. A secret: never logged.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The word Meta echoes in the webhook handshake (hub.verify_token). A secret: never logged.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The Graph API with its version; tests point it at a local fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Approved template names per notice kind (e.g. "reminder" → "pengingat_iuran"); none means such a notice waits for the person's next message.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The template language code (Meta's), Indonesian.</summary>
    public string TemplateLanguage { get; set; } = "id";

    /// <summary>Meta's default throughput per business number is 80 messages a second.</summary>
    public double MessagesPerSecond { get; set; } = 80;

    /// <summary>Meta's pair limit: a short burst to one person, then about one message every 6 seconds.</summary>
    public int PerRecipientBurst { get; set; } = 6;

    public double PerRecipientSecondsBetween { get; set; } = 6;

    public int MaxSendAttempts { get; set; } = 8;

    public double GiveUpAfterHours { get; set; } = 24;

    public double OutboxPollSeconds { get; set; } = 1;

    /// <summary>Limit on one Graph API call.</summary>
    public int RequestTimeoutSeconds { get; set; } = 15;

    public bool IsEnabled => IsEnabledFor(AccessToken);

    public static bool IsEnabledFor(string? accessToken) => !string.IsNullOrWhiteSpace(accessToken);

    public override string ToString() => $"WhatsAppOptions(Enabled={IsEnabled})";
}
