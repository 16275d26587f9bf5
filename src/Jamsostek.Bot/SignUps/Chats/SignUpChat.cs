namespace Jamsostek.Bot.SignUps.Chats;

/// <summary>
/// Another chat of the person of a sign-up (one who registered on Telegram writing from WhatsApp with the same
/// phone). Made when the phone matched, confirmed only after the person typed the last 4 digits of the sign-up's
/// NIK; until then it shows nothing and counts the attempts. A confirmed chat sees the sign-up's status and gets
/// its notices and reminders whenever it is the chat the person used last.
/// </summary>
public sealed class SignUpChat
{
    public long Id { get; set; }

    public long SignUpId { get; set; }

    public required string Channel { get; set; }

    public required string ChatId { get; set; }

    /// <summary>When the last 4 NIK digits were asked; null when no check is under way.</summary>
    public DateTimeOffset? AskedAt { get; set; }

    /// <summary>Wrong answers so far; at <see cref="SignUpChats.MaxAttempts"/> the check is locked.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
