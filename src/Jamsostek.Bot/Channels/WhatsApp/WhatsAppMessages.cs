using System.Globalization;
using System.Text.Json.Nodes;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// The Graph API's message shapes and limits: text (4 096 characters), reply buttons (at most 3, titles 20, body
/// 1 024), a list (rows 10, row title 24, description 72, button label 20), a template with body parameters.
/// </summary>
public static class WhatsAppMessages
{
    public const int MaxTextLength = 4096;
    public const int MaxInteractiveBodyLength = 1024;
    public const int MaxButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxListRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;
    public const int MaxListButton = 20;
    public const int MaxSectionTitle = 24;

    public static WhatsAppPart Text(string body) =>
        new("text", new JsonObject { ["type"] = "text", ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = body } });

    public static WhatsAppPart Buttons(string body, IReadOnlyList<ReplyChoice> choices)
    {
        var buttons = new JsonArray();
        foreach (var choice in choices)
        {
            buttons.Add(new JsonObject { ["type"] = "reply", ["reply"] = new JsonObject { ["id"] = choice.Id, ["title"] = Cut(choice.Label, MaxButtonTitle) } });
        }

        return Interactive("button", body, new JsonObject { ["buttons"] = buttons });
    }

    public static WhatsAppPart List(string body, IReadOnlyList<ReplyChoice> choices, string buttonLabel, string sectionTitle)
    {
        var rows = new JsonArray();
        foreach (var choice in choices)
        {
            var row = new JsonObject { ["id"] = choice.Id, ["title"] = Cut(choice.Label, MaxRowTitle) };
            if (choice.Label.Length > MaxRowTitle)
            {
                row["description"] = Cut(choice.Label, MaxRowDescription); // the whole label, where the title had to be cut
            }

            rows.Add(row);
        }

        var section = new JsonObject { ["title"] = Cut(sectionTitle, MaxSectionTitle), ["rows"] = rows };
        return Interactive("list", body, new JsonObject { ["button"] = Cut(buttonLabel, MaxListButton), ["sections"] = new JsonArray(section) });
    }

    public static WhatsAppPart Template(string name, string language, IReadOnlyList<string> parameters)
    {
        var template = new JsonObject { ["name"] = name, ["language"] = new JsonObject { ["code"] = language } };
        if (parameters.Count > 0)
        {
            var values = new JsonArray();
            foreach (var parameter in parameters)
            {
                values.Add(new JsonObject { ["type"] = "text", ["text"] = parameter });
            }

            template["components"] = new JsonArray(new JsonObject { ["type"] = "body", ["parameters"] = values });
        }

        return new("template", new JsonObject { ["type"] = "template", ["template"] = template });
    }

    /// <summary>More choices than a list holds: a numbered list in the text (typing the number picks the choice).</summary>
    public static string Numbered(string body, IReadOnlyList<ReplyChoice> choices)
    {
        var ids = choices.Select(c => c.Id).ToList();
        var lines = choices.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{ChoiceNumbering.NumberAt(ids, i)}. {c.Label}"));
        return body + "\n\n" + string.Join('\n', lines);
    }

    /// <summary>Pieces of at most <paramref name="max"/> characters, cut at a line break or space where there is one.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            cut = cut > max / 2 ? cut : rest.LastIndexOf(' ', max - 1);
            cut = cut > max / 2 ? cut : max;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static WhatsAppPart Interactive(string type, string body, JsonObject action) => new("interactive", new JsonObject
    {
        ["type"] = "interactive",
        ["interactive"] = new JsonObject { ["type"] = type, ["body"] = new JsonObject { ["text"] = body }, ["action"] = action },
    });

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
