using Jamsostek.Bpu;
using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// The regency of residence: offered from the NIK, where it was issued, which is often but not always
/// where the person lives now; any other regency or city can be typed by name.
/// </summary>
internal sealed class RegencyInput : IInputType
{
    public string Name => "regency";

    public IReadOnlyList<ReplyChoice> ChoicesFor(StepDefinition step, TurnScope scope) =>
        FromNik(scope) is { } regency ? [new ReplyChoice(regency.Code, $"Ya, {regency.DisplayName}")] : [];

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var regions = scope.Services.Regions;
        if (input.ChoiceId is { } id && regions.FindRegency(id) is { } chosen)
        {
            return InputReading.Accept(chosen.Code);
        }

        var text = InputTypes.TextOf(input) ?? string.Empty;
        if (InSentence(text, regions.AllRegencies) is { } named)
        {
            return InputReading.Accept(named.Code); // "gk, sy tinggal di banjarmasin"
        }

        var yesNo = YesNoParser.Parse(text);
        if (yesNo.Ok && yesNo.Value && FromNik(scope) is { } fromNik)
        {
            return InputReading.Accept(fromNik.Code);
        }

        if (text == "1" && FromNik(scope) is { } first)
        {
            return InputReading.Accept(first.Code);
        }

        if (yesNo.Ok)
        {
            // Not a wrong answer: asking the whole question again would offer the NIK's regency once more.
            return InputReading.FollowUp(step.NoText is { } noText ? scope.Render(noText) : "Baik. Silakan ketik nama kabupaten atau kota tempat Anda tinggal sekarang.");
        }

        var all = regions.AllRegencies;
        var exact = all.Where(r => Same(r.Name, text) || Same(r.DisplayName, text)).ToList();
        var candidates = exact.Count > 0 ? exact : all.Where(r => Same(ShortName(r), text)).ToList();
        if (candidates.Count == 1)
        {
            return InputReading.Accept(candidates[0].Code);
        }

        var suggestions = candidates.Count > 1 ? candidates : ChoiceMatcher.Closest(StripPrefix(text), all, ShortName, 3).ToList();
        return InputReading.Refuse(
            candidates.Count > 1
                ? $"Ada lebih dari satu daerah bernama \"{ChoiceInput.Shorten(text)}\". Pilih yang benar:"
                : $"Kabupaten/kota \"{ChoiceInput.Shorten(text)}\" tidak ditemukan. Mungkin maksud Anda salah satu ini? Bila bukan, ketik ulang namanya.",
            suggestions.Select(r => new ReplyChoice(r.Code, r.DisplayName)).ToList());
    }

    public string Display(string value, StepDefinition step, TurnScope scope) =>
        scope.Services.Regions.FindRegency(value)?.DisplayName ?? value;

    public static Regency? FromNik(TurnScope scope) =>
        NikInput.InfoOf(scope) is { } info ? scope.Services.Regions.FindRegency(info.RegencyCode) : null;

    /// <summary>
    /// A regency named inside a longer answer ("gk, sy tinggal di banjarmasin", "skrg di kota banjarbaru"): the
    /// longest name found as whole words. "kota" before the name picks the city over a regency of the same name;
    /// a name that is both, without "kota", is left to the question.
    /// </summary>
    private static Regency? InSentence(string text, IReadOnlyList<Regency> all)
    {
        var normal = " " + TextNormalizer.Normalize(text) + " ";
        if (normal.Trim().Split(' ').Length < 2)
        {
            return null;
        }

        var found = all
            .Select(r => (Regency: r, Name: ShortName(r)))
            .Where(x => x.Name.Length >= 4 && normal.Contains(" " + x.Name + " ", StringComparison.Ordinal))
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var longest = found.Max(x => x.Name.Length);
        var best = found.Where(x => x.Name.Length == longest).ToList();
        if (best.Count > 1)
        {
            var city = best.Where(x => x.Regency.Name.StartsWith("Kota", StringComparison.OrdinalIgnoreCase)).ToList();
            var saysCity = normal.Contains(" kota " + best[0].Name + " ", StringComparison.Ordinal);
            best = saysCity ? city : best.Except(city).ToList();
            return best.Count == 1 && (saysCity || normal.Contains(" kab", StringComparison.Ordinal)) ? best[0].Regency : null;
        }

        return best[0].Regency;
    }

    private static string ShortName(Regency regency) => StripPrefix(regency.Name);

    private static string StripPrefix(string name)
    {
        var normal = TextNormalizer.Normalize(name);
        foreach (var prefix in new[] { "kabupaten ", "kab ", "kota " })
        {
            if (normal.StartsWith(prefix, StringComparison.Ordinal))
            {
                return normal[prefix.Length..];
            }
        }

        return normal;
    }

    private static bool Same(string a, string b) =>
        string.Equals(TextNormalizer.Normalize(a), TextNormalizer.Normalize(b), StringComparison.Ordinal);
}
