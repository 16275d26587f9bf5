using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jamsostek.Bot.Payments;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>Recording payments (CSV import, the partner API, the officer console).</summary>
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section);
        builder.Services.TryAddSingleton<PaymentRecorder>();
        builder.Services.TryAddSingleton<PaymentImport>();
        builder.Services.TryAddSingleton<ClaimReview>();
        return builder;
    }
}
