using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Payments;

/// <summary>
/// POST /api/payments for a payment partner: one payment (a JSON object) or a batch (an array), authenticated with
/// the X-Api-Key header compared in constant time, answered per item (recorded, duplicate or refused and why).
/// Each item stands alone: a refused item does not stop the others. Off (404) when no key is configured.
/// </summary>
public static class PaymentsApi
{
    public const string Path = "/api/payments";
    public const int MaxItems = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapPaymentsApi(this WebApplication app)
    {
        app.MapPost(Path, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, IOptions<PaymentsOptions> options, PaymentRecorder recorder, CancellationToken cancellationToken)
    {
        var key = options.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return Results.NotFound();
        }

        var given = request.Headers["X-Api-Key"].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            return Results.Unauthorized();
        }

        List<PaymentApiItem>? items;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            items = document.RootElement.ValueKind switch
            {
                JsonValueKind.Array => document.RootElement.Deserialize<List<PaymentApiItem>>(Json),
                JsonValueKind.Object => [document.RootElement.Deserialize<PaymentApiItem>(Json)!],
                _ => null,
            };
        }
        catch (JsonException)
        {
            items = null;
        }

        if (items is null || items.Count is 0 or > MaxItems)
        {
            return Results.BadRequest(new { error = $"body: a payment object or an array of 1 to {MaxItems} payments" });
        }

        var inputs = items.Select(i => new PaymentInput(i.Nik ?? string.Empty, i.Kpj ?? string.Empty, i.Months, i.Amount, i.PaidAt ?? DateTimeOffset.MinValue, i.Reference ?? string.Empty)).ToList();
        var outcomes = await recorder.RecordAsync(inputs, "api", "api", allOrNothing: false, cancellationToken);
        return Results.Ok(outcomes.Select((o, i) => new
        {
            reference = o.Reference,
            status = o.Status,
            error = o.Error,
            paidThrough = o.PaidThrough?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            amountMismatch = o.AmountMismatch,
            expectedAmount = o.ExpectedAmount,
        }));
    }
}
