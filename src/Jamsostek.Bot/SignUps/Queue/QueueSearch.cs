using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Bot.SignUps.Queue;

/// <summary>
/// What an officer typed in the queue's search box, read the forgiving way: a NIK with dashes, dots or spaces, its
/// last four digits, a phone number in any usual spelling, a reference without its dashes or with spaces, or a name.
/// </summary>
public sealed record QueueSearch(QueueSearchKind Kind, string Value, IReadOnlyList<string> References)
{
    /// <summary>What the search box can find, for the "Tidak ditemukan" notice and the field's label.</summary>
    public const string Help = "nama (sebagian), nomor referensi (BPU-XXXX-XX, boleh tanpa tanda hubung), NIK 16 angka, 4 angka terakhir NIK, atau nomor HP";

    public static QueueSearch None { get; } = new(QueueSearchKind.None, string.Empty, []);

    /// <summary>A look-up of one person (NIK, NIK ending, phone, reference) finds them whatever their status.</summary>
    public bool IsLookup => Kind is QueueSearchKind.Nik or QueueSearchKind.NikEnding or QueueSearchKind.Phone or QueueSearchKind.Reference;

    public static QueueSearch Parse(string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }

        var compact = new string(text.Where(c => c is not (' ' or '-' or '.')).ToArray()).ToUpperInvariant();
        if (compact.StartsWith("BPU", StringComparison.Ordinal) && compact.Length > 3 && compact[3..].All(char.IsAsciiLetterOrDigit))
        {
            var code = compact[3..];
            // Today's form is BPU-XXXX-XX; older ones (and test data) have one dash: both are tried, by the unique index.
            List<string> forms = [$"BPU-{code}"];
            if (code.Length == 6)
            {
                forms.Add($"BPU-{code[..4]}-{code[4..]}");
            }

            return new(QueueSearchKind.Reference, forms[^1], forms);
        }

        if (compact.All(char.IsAsciiDigit) || (compact.StartsWith('+') && compact[1..].All(char.IsAsciiDigit)))
        {
            if (compact.Length == 16 && !compact.StartsWith('+'))
            {
                return new(QueueSearchKind.Nik, compact, []);
            }

            if (compact.Length == 4)
            {
                return new(QueueSearchKind.NikEnding, compact, []);
            }

            if (PhoneParser.Parse(text) is { Ok: true, Value: { } phone })
            {
                return new(QueueSearchKind.Phone, phone, []);
            }
        }

        return new(QueueSearchKind.Name, text, []);
    }
}
