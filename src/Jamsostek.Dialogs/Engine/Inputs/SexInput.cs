using Jamsostek.Bpu;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// Sex is read from the NIK (women's birth day + 40), so the person only confirms it. A "no" means the
/// NIK was typed wrong: it returns "tidak" so the flow's when_no can send them back to the NIK.
/// </summary>
internal sealed class SexInput : IInputType
{
    public string Name => "sex";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) => new YesNoInput().ChoicesFor(step, scope);

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        if (NikInput.InfoOf(scope) is not { } info)
        {
            return InputReading.Refuse("NIK belum diisi.");
        }

        var fromNik = info.Sex.ToCode();
        var text = TextNormalizer.Normalize(InputTypes.TextOf(input) ?? string.Empty);
        var named = text switch
        {
            "l" or "laki" or "laki laki" or "lakilaki" or "pria" or "cowok" => "L",
            "p" or "perempuan" or "wanita" or "cewek" => "P",
            _ => null,
        };
        if (named is not null)
        {
            return InputReading.Accept(named == fromNik ? fromNik : YesNoInput.No);
        }

        var yesNo = YesNoInput.ReadYesNo(step, input, scope);
        return yesNo.Value switch
        {
            YesNoInput.Yes => InputReading.Accept(fromNik),
            YesNoInput.No => InputReading.Accept(YesNoInput.No),
            _ => InputReading.Refuse("Mohon jawab \"ya\" bila benar, atau \"tidak\" bila salah."),
        };
    }

    public string Display(string value, StepDefinition step, TurnScope scope) => value switch
    {
        "L" => "Laki-laki",
        "P" => "Perempuan",
        _ => value,
    };
}
