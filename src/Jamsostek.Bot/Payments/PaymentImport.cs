using System.Globalization;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Bot.Payments;

/// <summary>A payment file, all rows or none (CLI and the officer console share it).</summary>
public sealed class PaymentImport(PaymentRecorder recorder)
{
    public async Task<PaymentImportResult> ImportAsync(string text, string source, string? recordedBy, CancellationToken cancellationToken = default)
    {
        var (rows, faults) = PaymentCsv.Parse(text);
        if (faults.Count > 0)
        {
            return new PaymentImportResult(faults, 0, 0, []);
        }

        if (rows.Count == 0)
        {
            return new PaymentImportResult(["berkas tidak berisi pembayaran"], 0, 0, []);
        }

        var outcomes = await recorder.RecordAsync(rows.Select(r => r.Payment).ToList(), source, recordedBy, allOrNothing: true, cancellationToken);
        var lines = rows.Select(r => r.Line).ToList();
        var refused = outcomes.Select((o, i) => (o, Line: lines[i])).Where(x => x.o.Status == PaymentOutcome.Refused)
            .Select(x => $"baris {x.Line.ToString(CultureInfo.InvariantCulture)}: {x.o.Error}").ToList();
        if (refused.Count > 0)
        {
            return new PaymentImportResult(refused, 0, 0, []);
        }

        var flagged = outcomes.Select((o, i) => (o, Line: lines[i], Row: rows[i].Payment))
            .Where(x => x.o.Status == PaymentOutcome.Recorded && x.o.AmountMismatch)
            .Select(x => $"baris {x.Line.ToString(CultureInfo.InvariantCulture)}: dibayar {IndonesianFormat.Money(x.Row.Amount)}, menurut tarif {IndonesianFormat.Money(x.o.ExpectedAmount ?? 0)} (dicatat dan ditandai)")
            .ToList();
        return new PaymentImportResult([], outcomes.Count(o => o.Status == PaymentOutcome.Recorded), outcomes.Count(o => o.Status == PaymentOutcome.Duplicate), flagged);
    }
}
