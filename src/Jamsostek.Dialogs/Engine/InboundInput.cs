namespace Jamsostek.Dialogs.Engine;

/// <summary>One thing a person sent, already mapped from the channel's payload.</summary>
public sealed record InboundInput(
    InputKind Kind,
    string? Text = null,
    string? ChoiceId = null,
    SharedContact? Contact = null,
    string? StartPayload = null)
{
    public static InboundInput FromText(string text) => new(InputKind.Text, Text: text);

    public static InboundInput FromChoice(string choiceId, string? label = null) =>
        new(InputKind.Choice, Text: label, ChoiceId: choiceId);
}

public enum InputKind
{
    Text,
    Choice,
    Contact,
    Start,
    Photo,
    Sticker,
    Voice,
    Location,
    Document,
    Other,
}

/// <summary>A phone number shared with the channel's contact button.</summary>
public sealed record SharedContact(string PhoneNumber, bool IsSendersOwn);
