namespace Jamsostek.Bot.Privacy;

/// <summary>Settings of the NIK entry limit (section <c>NikEntries</c>).</summary>
public sealed class NikEntryOptions
{
    public const string Section = "NikEntries";

    /// <summary>
    /// NIKs one chat may type in any 24 hours (a rolling window, not a calendar day: the same in every time zone
    /// and no burst at midnight). Five covers a cadre registering a family; a prober needs thousands.
    /// </summary>
    public int PerChatPer24Hours { get; set; } = 5;
}
