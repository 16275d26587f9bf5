using System.Globalization;
using Jamsostek.Bot.Cli;

namespace Jamsostek.Bot.Payments;

/// <summary><c>payments import FILE.csv</c>: every row or none; faults by line number (exit 1).</summary>
public sealed class PaymentsImportCommand(PaymentImport import, TerminalIo io)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(command.Arguments[0], cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await io.Error.WriteLineAsync($"Berkas tidak dapat dibaca: {ex.Message}");
            return 1;
        }

        var result = await import.ImportAsync(text, "csv", recordedBy: "cli", cancellationToken);
        foreach (var fault in result.Faults)
        {
            await io.Error.WriteLineAsync(fault);
        }

        if (result.Faults.Count > 0)
        {
            await io.Error.WriteLineAsync("Tidak ada pembayaran yang dicatat; perbaiki baris di atas lalu impor lagi.");
            return 1;
        }

        await io.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, "Dicatat: {0}. Sudah tercatat sebelumnya: {1}. Jumlah tidak sesuai tarif (ditandai): {2}.", result.Recorded, result.Duplicates, result.Flagged.Count));
        foreach (var flag in result.Flagged)
        {
            await io.Out.WriteLineAsync(flag);
        }

        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }
}
