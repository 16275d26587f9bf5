using Jamsostek.Bpu;
using Jamsostek.Dialogs.Text;
using Jamsostek.Bot.Shared;

namespace Jamsostek.Bot.Reminders;

/// <summary>
/// The reminder texts of dialogs/pengingat/pengingat.yaml, checked when loaded: every kind present once, each
/// quoting the month, the amount, the KPJ and how to pay, and ending with how to stop reminders.
/// </summary>
public sealed class ReminderTexts
{
    public const string FileName = "pengingat/pengingat.yaml";

    private static readonly string[] Required = ["{bulan}", "{jumlah}", "{kpj}", "{cara_bayar}"];

    private readonly Dictionary<string, string> _reminders;
    private readonly string _howToPay;
    private readonly string _howToStop;

    private ReminderTexts(Dictionary<string, string> reminders, string howToPay, string howToStop)
    {
        _reminders = reminders;
        _howToPay = howToPay;
        _howToStop = howToStop;
    }

    public static ReminderTexts Load(string dialogsFolder) => Parse(DialogsYamlFile.ReadText(dialogsFolder, FileName));

    public static ReminderTexts Parse(string yaml)
    {
        var file = DialogsYamlFile.Deserialize<ReminderFile>(yaml, FileName);

        var faults = new List<string>();
        if (string.IsNullOrWhiteSpace(file?.CaraBayar) || string.IsNullOrWhiteSpace(file.CaraBerhenti))
        {
            faults.Add($"{FileName}: 'cara_bayar' and 'cara_berhenti' are required.");
        }

        var reminders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in file?.Pengingat ?? [])
        {
            var at = $"{FileName}:{entry.Id}";
            if (entry.Id is null || !ReminderKinds.All.Contains(entry.Id))
            {
                faults.Add($"{at}: unknown id (expected one of {string.Join(", ", ReminderKinds.All)}).");
            }
            else if (!reminders.TryAdd(entry.Id, entry.Text?.Trim() ?? string.Empty))
            {
                faults.Add($"{at}: listed twice.");
            }

            var text = entry.Text?.Trim() ?? string.Empty;
            faults.AddRange(Required.Where(p => !text.Contains(p, StringComparison.Ordinal)).Select(p => $"{at}: the text must use {p}."));
            if (!text.EndsWith("{cara_berhenti}", StringComparison.Ordinal))
            {
                faults.Add($"{at}: the text must end with {{cara_berhenti}} (how to stop reminders).");
            }
        }

        faults.AddRange(ReminderKinds.All.Where(k => !reminders.ContainsKey(k)).Select(k => $"{FileName}:{k}: missing."));
        if (faults.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, faults));
        }

        return new ReminderTexts(reminders, file!.CaraBayar!.Trim(), file.CaraBerhenti!.Trim());
    }

    /// <summary>The reminder as the member reads it.</summary>
    public string Render(DueReminder reminder, string kpj)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var until = reminder.Months > 1 ? " sampai " + IndonesianFormat.Month(reminder.ContributionMonth.AddMonths(reminder.Months - 1)) : string.Empty;
        return _reminders[reminder.Kind]
            .Replace("{cara_bayar}", _howToPay, StringComparison.Ordinal)
            .Replace("{cara_berhenti}", _howToStop, StringComparison.Ordinal)
            .Replace("{bulan}", IndonesianFormat.Month(reminder.ContributionMonth), StringComparison.Ordinal)
            .Replace("{sampai_bulan}", until, StringComparison.Ordinal)
            .Replace("{jumlah}", IndonesianFormat.Money(reminder.Amount), StringComparison.Ordinal)
            .Replace("{jatuh_tempo}", IndonesianFormat.Date(reminder.DueDate), StringComparison.Ordinal)
            .Replace("{kpj}", kpj, StringComparison.Ordinal);
    }

    private sealed class ReminderFile
    {
        public string? CaraBayar { get; set; }

        public string? CaraBerhenti { get; set; }

        public List<ReminderEntry>? Pengingat { get; set; }
    }

    private sealed class ReminderEntry
    {
        public string? Id { get; set; }

        public string? Text { get; set; }
    }
}
