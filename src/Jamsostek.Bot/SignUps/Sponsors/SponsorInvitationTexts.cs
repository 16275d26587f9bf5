using Jamsostek.Bot.Shared;


namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// The texts of dialogs/sponsor/undangan.yaml, checked when loaded: the invitation and its reminder name the worker,
/// the sponsor and the link and end with how to stop; the printed line names the code.
/// </summary>
public sealed class SponsorInvitationTexts
{
    public const string FileName = "sponsor/undangan.yaml";

    private static readonly string[] Required = ["{nama}", "{sponsor}", "{tautan}"];

    private SponsorInvitationTexts(string invitation, string reminder, string printed, string howToStop)
    {
        Invitation = invitation;
        Reminder = reminder;
        Printed = printed;
        HowToStop = howToStop;
    }

    public string Invitation { get; }

    public string Reminder { get; }

    public string Printed { get; }

    public string HowToStop { get; }

    public static SponsorInvitationTexts Load(string dialogsFolder) => Parse(DialogsYamlFile.ReadText(dialogsFolder, FileName));

    public static SponsorInvitationTexts Parse(string yaml)
    {
        var file = DialogsYamlFile.Deserialize<TextsFile>(yaml, FileName);

        var faults = new List<string>();
        var invitation = Checked("undangan", file?.Undangan, faults);
        var reminder = Checked("pengingat", file?.Pengingat, faults);
        var printed = file?.Cetak?.Trim() ?? string.Empty;
        if (!printed.Contains("{kode}", StringComparison.Ordinal))
        {
            faults.Add($"{FileName}:cetak: the text must use {{kode}}.");
        }

        if (string.IsNullOrWhiteSpace(file?.CaraBerhenti))
        {
            faults.Add($"{FileName}: 'cara_berhenti' is required.");
        }

        return faults.Count > 0
            ? throw new InvalidDataException(string.Join(Environment.NewLine, faults))
            : new SponsorInvitationTexts(invitation, reminder, printed, file!.CaraBerhenti!.Trim());
    }

    /// <summary>The text with its placeholders filled; <paramref name="link"/> is the deep link.</summary>
    public string Fill(string text, string name, string sponsor, string link, string code) => text
        .Replace("{nama}", name, StringComparison.Ordinal)
        .Replace("{sponsor}", sponsor, StringComparison.Ordinal)
        .Replace("{tautan}", link, StringComparison.Ordinal)
        .Replace("{kode}", code, StringComparison.Ordinal)
        .Replace("{cara_berhenti}", HowToStop, StringComparison.Ordinal);

    private static string Checked(string key, string? value, List<string> faults)
    {
        var text = value?.Trim() ?? string.Empty;
        faults.AddRange(Required.Where(p => !text.Contains(p, StringComparison.Ordinal)).Select(p => $"{FileName}:{key}: the text must use {p}."));
        if (!text.EndsWith("{cara_berhenti}", StringComparison.Ordinal))
        {
            faults.Add($"{FileName}:{key}: the text must end with {{cara_berhenti}}.");
        }

        return text;
    }

    private sealed class TextsFile
    {
        public string? CaraBerhenti { get; set; }

        public string? Undangan { get; set; }

        public string? Pengingat { get; set; }

        public string? Cetak { get; set; }
    }
}
