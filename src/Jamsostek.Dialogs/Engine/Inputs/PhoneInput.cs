using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>An Indonesian mobile number, typed or shared with the contact button (only the sender's own).</summary>
internal sealed class PhoneInput : IInputType
{
    public string Name => "phone";

    public bool RequestsContact => true;

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        if (input.Kind == InputKind.Contact)
        {
            if (input.Contact is not { IsSendersOwn: true } contact)
            {
                return InputReading.Refuse("Nomor yang dibagikan bukan nomor Anda sendiri. Mohon bagikan nomor Anda sendiri, atau ketik nomor HP Anda.");
            }

            var shared = PhoneParser.Parse(contact.PhoneNumber);
            return shared.Ok ? InputReading.Accept(shared.Value!) : InputReading.Refuse(shared.Problem ?? "Nomor HP tidak terbaca.");
        }

        var parsed = PhoneParser.Parse(InputTypes.TextOf(input) ?? string.Empty);
        return parsed.Ok ? InputReading.Accept(parsed.Value!) : InputReading.Refuse(parsed.Problem ?? "Nomor HP tidak terbaca.");
    }

    public string Display(string value, StepDefinition step, TurnScope scope) => IndonesianFormat.Phone(value);
}
