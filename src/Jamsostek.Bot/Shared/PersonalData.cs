using System.Text.RegularExpressions;

namespace Jamsostek.Bot.Shared;

/// <summary>Masks what must never reach a log: NIKs, phone numbers and other long digit runs.</summary>
public static partial class PersonalData
{
    /// <summary>"6306055208900003" → "6306**********03".</summary>
    public static string MaskNik(string? nik)
    {
        if (string.IsNullOrEmpty(nik))
        {
            return string.Empty;
        }

        return nik.Length <= 6 ? new string('*', nik.Length) : string.Concat(nik.AsSpan(0, 4), new string('*', nik.Length - 6), nik.AsSpan(nik.Length - 2));
    }

    /// <summary>Any run of 8 or more digits (with the usual separators) keeps only its first 4 and last 2 digits.</summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return LongDigitRun().Replace(text, m =>
        {
            var digits = new string([.. m.Value.Where(char.IsAsciiDigit)]);
            return (m.Value.StartsWith('+') ? "+" : string.Empty) + MaskNik(digits);
        });
    }

    /// <summary>"0812*****67" from the phone when the worker gave one, else the channel's chat id masked the same way.</summary>
    public static string MaskContact(string channel, string chatId, string? phone) =>
        phone is not null && phone.StartsWith('+')
            ? MaskNik(new string([.. Dialogs.Text.IndonesianFormat.Phone(phone).Where(char.IsAsciiDigit)]))
            : $"{channel} {MaskNik(chatId)}";

    /// <summary>Exception types and masked messages down the inner chain, then the outer stack trace: safe to log.</summary>
    public static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            parts.Add($"{e.GetType().FullName}: {Mask(e.Message)}");
        }

        return string.Join(" ---> ", parts) + Environment.NewLine + exception.StackTrace;
    }

    [GeneratedRegex(@"\+?\d(?:[\d \-.]{6,}\d)")]
    private static partial Regex LongDigitRun();
}
