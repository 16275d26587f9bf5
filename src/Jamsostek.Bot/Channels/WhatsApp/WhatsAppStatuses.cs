using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// A status callback on the row whose last part has that wamid: sent, delivered, read, or failed with Meta's reason
/// (kept as the row's LastError for officers). A failure for being outside the 24-hour window (131047) sends the row
/// again as its template.
/// </summary>
internal static class WhatsAppStatuses
{
    public static async Task ApplyAsync(IDbContextFactory<BotDbContext> dbFactory, WhatsAppStatus status, DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Channel == WhatsAppChannel.Name && m.ExternalMessageId == status.Wamid, cancellationToken);
        if (row is null)
        {
            return; // a status for a message sent some other way, or long forgotten
        }

        row.DeliveryStatus = status.Status;
        row.DeliveryStatusAt = now;
        if (status.Status == "failed")
        {
            row.LastError = $"WhatsApp {status.ErrorCode}: {status.ErrorTitle}";
            logger.LogWarning("WhatsApp reported outbox row {OutboxId} failed: {Reason}", row.Id, row.LastError);
            if (status.ErrorCode == WhatsAppErrors.OutsideWindow && !row.NeedsTemplate)
            {
                row.NeedsTemplate = true;
                row.SentAt = null;
                row.PartsSent = 0;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
