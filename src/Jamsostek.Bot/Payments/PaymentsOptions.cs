namespace Jamsostek.Bot.Payments;

/// <summary>Settings under "Payments".</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>The payment partner's key for POST /api/payments (header X-Api-Key). Empty: the endpoint is off (404).</summary>
    public string? ApiKey { get; set; }
}
