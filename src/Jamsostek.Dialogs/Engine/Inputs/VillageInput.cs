using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// The village (desa/kelurahan), typed: a district can have dozens, too many for buttons. A near miss
/// gets the closest names of that district as choices.
/// </summary>
internal sealed class VillageInput : IInputType
{
    public string Name => "village";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) => [];

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var district = scope.Slot("kecamatan");
        var villages = district is null ? [] : scope.Services.Regions.VillagesOf(district);
        if (input.ChoiceId is { } id && villages.Any(v => v.Code == id))
        {
            return InputReading.Accept(id);
        }

        var text = InputTypes.TextOf(input) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputReading.Refuse("Nama desa masih kosong.");
        }

        if (ChoiceMatcher.FindByName(text, villages, v => v.Name) is { } village)
        {
            return InputReading.Accept(village.Code);
        }

        var districtName = district is null ? null : scope.Services.Regions.FindDistrict(district)?.Name;
        var where = districtName is null ? string.Empty : $" di Kecamatan {districtName}";
        if (NonAnswers.IsFiller(text) && villages.Count > 0)
        {
            // "tdk tau": no guess from the letters typed, but the district's whole list to pick from (paged by the channel).
            return InputReading.Refuse(
                $"Tidak apa-apa. Ini desa/kelurahan{where}, pilih nomornya:",
                villages.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => new ReplyChoice(v.Code, v.Name)).ToList());
        }

        var closest = ChoiceMatcher.Closest(text, villages, v => v.Name, 3);
        return closest.Count > 0
            ? InputReading.Refuse(
                $"Desa/kelurahan \"{ChoiceInput.Shorten(text)}\" tidak ditemukan{where}. Mungkin maksud Anda salah satu ini? Bila bukan, ketik ulang namanya.",
                closest.Select(v => new ReplyChoice(v.Code, v.Name)).ToList())
            : InputReading.Refuse($"Desa/kelurahan \"{ChoiceInput.Shorten(text)}\" tidak ditemukan{where}. Periksa ejaannya lalu ketik ulang.");
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        scope.Services.Regions.FindVillage(value)?.Name ?? value;
}
