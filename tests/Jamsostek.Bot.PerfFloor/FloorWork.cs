namespace Jamsostek.Bot.PerfFloor;

/// <summary>
/// What the floor bot does besides the peer's own work, one switch each, so each of Jamsostek.Bot's guarantees can be
/// priced apart: all off is the peer's work exactly (one state upsert a turn, synchronous=NORMAL).
/// </summary>
public sealed record FloorWork(bool FullSync, bool Dedupe, bool Transcript, bool Outbox, bool GroupCommit, bool TelegramBot, bool FullHost, bool Ef, bool PooledReads, bool Reprepare)
{
    public bool OneTransaction => Dedupe || Transcript || Outbox;

    public static FloorWork FromArgs(string[] args) => new(
        args.Contains("--full-sync"),
        args.Contains("--dedupe"),
        args.Contains("--transcript"),
        args.Contains("--outbox"),
        args.Contains("--group-commit"),
        args.Contains("--telegram-bot"),
        args.Contains("--full-host"),
        args.Contains("--ef"),
        args.Contains("--pooled-reads") && args.Contains("--group-commit"),
        args.Contains("--reprepare"));
}
