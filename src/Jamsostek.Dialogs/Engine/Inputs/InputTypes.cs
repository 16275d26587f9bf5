namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>The input types flows may name. Adding one here makes it valid in dialogs/.</summary>
internal static class InputTypes
{
    private static readonly Dictionary<string, IInputType> All = new IInputType[]
    {
        new TextInput(),
        new NameInput(),
        new NikInput(),
        new DateInput(),
        new MoneyInput(),
        new PhoneInput(),
        new YesNoInput(),
        new ChoiceInput(),
        new SexInput(),
        new RegencyInput(),
        new DistrictInput(),
        new VillageInput(),
        new SummaryInput(),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static IReadOnlySet<string> Names { get; } = All.Keys.ToHashSet(StringComparer.Ordinal);

    public static IInputType Get(string name) => All[name];

    public static string? TextOf(InboundInput input) => input.Kind is InputKind.Text or InputKind.Choice ? input.Text?.Trim() : null;
}
