namespace Jamsostek.Bot.SignUps.Queue;

public enum QueueSearchKind
{
    None,
    Name,
    Nik,
    NikEnding,
    Phone,
    Reference,
}
