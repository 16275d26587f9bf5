using System.ComponentModel.DataAnnotations;

namespace Jamsostek.Bot.Agents;

/// <summary>Settings of assisted registration (section <c>Agents</c>). No programme rule fixes these figures: they are the branch's choice.</summary>
public sealed class AgentOptions
{
    public const string Section = "Agents";

    /// <summary>Days a worker has to confirm an agent's sign-up from their own chat before it expires and is erased.</summary>
    [Range(1, 60)]
    public int ConfirmDays { get; set; } = 7;

    /// <summary>How often the expiry pass runs (Hangfire job <c>agen-kedaluwarsa</c>).</summary>
    [Range(1, 59)]
    public int ExpireEveryMinutes { get; set; } = 30;

    /// <summary>The bot's Telegram username for the worker's consent link; default <c>Telegram:BotUsername</c>.</summary>
    public string? BotUsername { get; set; }
}
