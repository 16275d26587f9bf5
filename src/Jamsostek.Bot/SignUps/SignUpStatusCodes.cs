using Jamsostek.Dialogs.Engine;

namespace Jamsostek.Bot.SignUps;

/// <summary>The stored (and CLI) spelling of a <see cref="SignUpStatus"/>: pending, approved, rejected, withdrawn.</summary>
public static class SignUpStatusCodes
{
    public static string ToText(SignUpStatus status) => status switch
    {
        SignUpStatus.Pending => "pending",
        SignUpStatus.Approved => "approved",
        SignUpStatus.Rejected => "rejected",
        SignUpStatus.Withdrawn => "withdrawn",
        SignUpStatus.Held => "held",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static SignUpStatus Parse(string text) =>
        TryParse(text, out var status) ? status : throw new FormatException($"Unknown sign-up status '{text}'.");

    public static bool TryParse(string? text, out SignUpStatus status)
    {
        switch (text)
        {
            case "pending": status = SignUpStatus.Pending; return true;
            case "approved": status = SignUpStatus.Approved; return true;
            case "rejected": status = SignUpStatus.Rejected; return true;
            case "withdrawn": status = SignUpStatus.Withdrawn; return true;
            case "held": status = SignUpStatus.Held; return true;
            default: status = default; return false;
        }
    }
}
