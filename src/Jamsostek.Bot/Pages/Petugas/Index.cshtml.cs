using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Access;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Sponsors;
using Jamsostek.Bpu;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Jamsostek.Bot.SignUps.Queue;

namespace Jamsostek.Bot.Pages.Petugas;

/// <summary>/petugas: the queue, oldest first, with filters, search and paging (50 a page).</summary>
public sealed class IndexModel(SignUpQueue queue, OfficerScopeResolver scopes, RegencyChoices choices, RegionCatalog regions, AnswerLabels labels, TimeProvider time, AccessLog access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kabupaten")]
    public string? Regency { get; set; }

    [BindProperty(SupportsGet = true, Name = "kecamatan")]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "desa")]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>As typed: hh/bb/tttt, or yyyy-MM-dd from a link (see <see cref="OfficerDate"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "dari")]
    public string? FromText { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public string? ToText { get; set; }

    public DateOnly? From => OfficerDate.TryParse(FromText, out var day) ? day : null;

    public DateOnly? To => OfficerDate.TryParse(ToText, out var day) ? day : null;

    /// <summary>Set when a typed date is not understood or the days are out of order: the page lists nothing until fixed.</summary>
    public string? DateError => OfficerDate.Problem(FromText, ToText);

    [BindProperty(SupportsGet = true, Name = "pekerjaan")]
    public string? Occupation { get; set; }

    [BindProperty(SupportsGet = true, Name = "sponsor")]
    public string? Sponsor { get; set; }

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    /// <summary>"Perlu diperiksa": only sign-ups with a failed automatic check.</summary>
    [BindProperty(SupportsGet = true, Name = "periksa")]
    public bool NeedsLook { get; set; }

    /// <summary>"lama" (oldest first) or "peringatan" (most failed checks first).</summary>
    [BindProperty(SupportsGet = true, Name = "urut")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Notice { get; set; }

    public QueuePage Result { get; private set; } = new([], 0, 1, SignUpQueue.PageSize);

    public OfficerScope Scope { get; private set; } = OfficerScope.Everything(string.Empty);

    public DateTimeOffset Now { get; private set; }

    public AnswerLabels Labels => labels;

    public IReadOnlyList<RegencyChoice> Regencies { get; private set; } = [];

    public IReadOnlyList<Sponsor> Sponsors { get; private set; } = [];

    /// <summary>The chosen regency's districts (offered once a regency is chosen and applied: no script needed).</summary>
    public IReadOnlyList<District> Districts => string.IsNullOrEmpty(Regency) ? [] : regions.DistrictsOf(Regency);

    /// <summary>The chosen district's villages, when the district belongs to the chosen regency.</summary>
    public IReadOnlyList<Village> Villages =>
        string.IsNullOrEmpty(District) || Districts.All(d => d.Code != District) ? [] : regions.VillagesOf(District);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.ResolveAsync(User) is not { } scope)
        {
            return Challenge();
        }

        Scope = scope;
        Now = time.GetUtcNow();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            await access.RecordAsync(HttpContext, AccessActions.Search, AccessLog.SearchDetail(Search), cancellationToken);
        }

        if (DateError is null)
        {
            Result = await queue.PageAsync(Filter(PageNumber), scope, cancellationToken);
        }

        Regencies = await choices.ForAsync(scope, cancellationToken);
        Sponsors = await queue.SponsorsAsync(scope, cancellationToken);
        return Page();
    }

    public string RegionName(string code) => choices.Name(code);

    /// <summary>The zone the date filter's days are read in: the chosen regency's, else the officer's (WIB when mixed).</summary>
    public string DateZone => WorkerZone.ForFilter(Regency, Scope).Abbreviation;

    public string VillageName(string code) => regions.FindVillage(code)?.Name ?? code;

    /// <summary>"Kec. Kandangan": two villages of one regency may share a name ("Baru"); their districts tell them apart.</summary>
    public string DistrictName(string villageCode) =>
        regions.FindVillage(villageCode) is { } village && regions.FindDistrict(village.DistrictCode) is { } district ? "Kec. " + district.Name : string.Empty;

    /// <summary>The query string of another page with the same filters.</summary>
    public string PageLink(int page)
    {
        var f = Filter(page);
        var pairs = new Dictionary<string, string?>
        {
            ["kabupaten"] = f.Regency, ["kecamatan"] = f.District, ["desa"] = f.Village, ["status"] = f.Status,
            ["dari"] = OfficerDate.Query(f.From), ["sampai"] = OfficerDate.Query(f.To),
            ["pekerjaan"] = f.Occupation, ["sponsor"] = f.Sponsor, ["cari"] = f.Search,
            ["periksa"] = f.NeedsLook ? "true" : null, ["urut"] = f.Sort,
            ["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/petugas", pairs.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public static string Waited(TimeSpan waited) => waited.TotalDays >= 1
        ? $"{(int)waited.TotalDays} hari {waited.Hours} jam"
        : waited.TotalHours >= 1 ? $"{(int)waited.TotalHours} jam" : $"{Math.Max(0, waited.Minutes)} menit";

    private QueueFilter Filter(int page) => new()
    {
        // A district of another regency (the regency changed, the old district still selected) is dropped, and its village with it.
        Regency = Regency,
        District = Districts.Any(d => d.Code == District) ? District : null,
        Village = Villages.Any(v => v.Code == Village) ? Village : null, Status = Status, From = From, To = To,
        Occupation = Occupation, Sponsor = Sponsor, Search = Search, Page = page, Zone = WorkerZone.ForFilter(Regency, Scope),
        NeedsLook = NeedsLook, Sort = Sort == "peringatan" ? Sort : null,
    };
}
