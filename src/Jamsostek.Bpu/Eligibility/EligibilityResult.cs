namespace Jamsostek.Bpu;

/// <summary>
/// The age check's verdict. When refused, Refusal says which limit and Limit its age; RegisterFrom is the
/// first day someone too young may register. The words are the flow's (dialogs/), not this rule's.
/// </summary>
public sealed record EligibilityResult(bool Eligible, int Age, AgeRefusal Refusal = AgeRefusal.None, int Limit = 0, DateOnly? RegisterFrom = null);

public enum AgeRefusal
{
    None,
    TooOld,
    TooYoung,
}
