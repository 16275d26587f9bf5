using System.Text.Json.Nodes;

namespace Jamsostek.Bot.Outbox;

/// <summary>
/// The kinds of notice a channel may send outside a conversation (WhatsApp's templates are set per kind), and their
/// values in <see cref="OutboxMessage.NoticeParametersJson"/>: a JSON object whose values, in order, are the
/// template's body parameters. The values name a person, so the column is encrypted (Data/FieldEncryption).
/// </summary>
public static class OutboxNotice
{
    /// <summary>A payment reminder: nama, kpj, bulan, iuran, jatuh_tempo. The template says it all.</summary>
    public const string Reminder = "reminder";

    /// <summary>An officer's decision on a sign-up: nama, nomor (KPJ, or the reference when rejected). The template only
    /// announces it; the decision's own text follows once the person answers (the reason, how to pay).</summary>
    public const string Decision = "decision";

    /// <summary>Tags the row as a notice of <paramref name="kind"/> with these values, in the template's order.</summary>
    public static OutboxMessage Tag(OutboxMessage row, string kind, params (string Name, string Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new JsonObject();
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        row.NoticeKind = kind;
        row.NoticeParametersJson = values.ToJsonString();
        return row;
    }

    /// <summary>A kind whose template only announces the notice (the row's text waits for the person's answer).</summary>
    public static bool AnnouncesOnly(string? kind) => kind == Decision;
}
