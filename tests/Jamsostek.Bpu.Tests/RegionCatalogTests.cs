namespace Jamsostek.Bpu.Tests;

public class RegionCatalogTests
{
    private readonly RegionCatalog _regions = Shared.Regions;

    [Fact]
    public void LoadEmbedded_LoadsAllProvincesAndVillages()
    {
        // Its load time is measured by RegionCatalogBenchmarks, not here: a timed unit test flakes on a busy CI machine.
        var catalog = RegionCatalog.LoadEmbedded();

        Assert.Equal(38, Enumerable.Range(10, 90).Count(p => catalog.FindProvince(p.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not null));
        Assert.NotNull(catalog.FindVillage("11.01.01.2001"));
    }

    [Fact]
    public void LoadEmbedded_ReturnsOneCatalogue_WhenAskedAgain()
    {
        // Every host asks for it: one copy of the 83 762 villages a process.
        Assert.Same(RegionCatalog.LoadEmbedded(), RegionCatalog.LoadEmbedded());
        Assert.NotSame(RegionCatalog.LoadEmbedded(), RegionCatalog.LoadEmbeddedCopy());
        Assert.NotNull(RegionCatalog.LoadEmbeddedCopy().FindVillage("11.01.01.2001"));
    }

    [Fact]
    public void FindRegency_ReturnsHuluSungaiSelatan_For6306()
    {
        var regency = _regions.FindRegency("63.06");

        Assert.NotNull(regency);
        Assert.Equal("Kabupaten Hulu Sungai Selatan", regency.Name);
        Assert.Equal("Kab. Hulu Sungai Selatan", regency.DisplayName);
        Assert.Equal("63", regency.ProvinceCode);
    }

    [Theory]
    [InlineData("63.06", "Kab. Hulu Sungai Selatan")]
    [InlineData("63.71", "Kota Banjarmasin")]
    public void DisplayName_ShortensKabupaten_KeepsKota(string code, string expected) =>
        Assert.Equal(expected, _regions.FindRegency(code)!.DisplayName);

    [Theory]
    [InlineData("11", "Aceh")]
    [InlineData("63", "Kalimantan Selatan")]
    public void FindProvince_ReturnsName_WhenCodeKnown(string code, string name) =>
        Assert.Equal(name, _regions.FindProvince(code)!.Name);

    [Theory]
    [InlineData("00")]
    [InlineData("63.06")]
    [InlineData("")]
    public void FindProvince_ReturnsNull_WhenCodeUnknown(string code) =>
        Assert.Null(_regions.FindProvince(code));

    [Fact]
    public void FindDistrictAndVillage_ReturnRows_WhenCodesKnown()
    {
        Assert.Equal("Kandangan", _regions.FindDistrict("63.06.05")!.Name);
        Assert.Equal(new Village("11.01.01.2001", "11.01.01", "Keude Bakongan"), _regions.FindVillage("11.01.01.2001"));
    }

    [Fact]
    public void FindDistrict_ParsesQuotedNames_WhenNameHasQuotes()
    {
        Assert.Equal("Ra\"as", _regions.FindDistrict("35.29.22")!.Name);
        Assert.Equal("Lubuk Pakam I,II", _regions.FindVillage("12.07.28.1007")!.Name);
    }

    [Fact]
    public void ChildLists_AreNonEmptyAndBelongToParent_WhenParentKnown()
    {
        var regencies = _regions.RegenciesOf("63");
        var districts = _regions.DistrictsOf("63.06");
        var villages = _regions.VillagesOf("63.06.05");

        Assert.Equal(13, regencies.Count);
        Assert.Equal(11, districts.Count);
        Assert.NotEmpty(villages);
        Assert.All(regencies, r => Assert.Equal("63", r.ProvinceCode));
        Assert.All(districts, d => Assert.Equal("63.06", d.RegencyCode));
        Assert.All(villages, v => Assert.Equal("63.06.05", v.DistrictCode));
    }

    [Theory]
    [InlineData("99")]
    [InlineData("63.99")]
    public void ChildLists_AreEmpty_WhenParentUnknown(string code)
    {
        Assert.Empty(_regions.RegenciesOf(code));
        Assert.Empty(_regions.DistrictsOf(code));
        Assert.Empty(_regions.VillagesOf(code));
    }

    [Theory]
    [InlineData("63", "WITA", "Asia/Makassar", 8)]
    [InlineData("63.06", "WITA", "Asia/Makassar", 8)]
    [InlineData("61", "WIB", "Asia/Pontianak", 7)]
    [InlineData("62", "WIB", "Asia/Pontianak", 7)]
    [InlineData("11", "WIB", "Asia/Jakarta", 7)]
    [InlineData("31", "WIB", "Asia/Jakarta", 7)]
    [InlineData("21", "WIB", "Asia/Jakarta", 7)]
    [InlineData("51", "WITA", "Asia/Makassar", 8)]
    [InlineData("65", "WITA", "Asia/Makassar", 8)]
    [InlineData("76", "WITA", "Asia/Makassar", 8)]
    [InlineData("81", "WIT", "Asia/Jayapura", 9)]
    [InlineData("91", "WIT", "Asia/Jayapura", 9)]
    [InlineData("96", "WIT", "Asia/Jayapura", 9)]
    public void TimeZoneOf_ReturnsKeppresZone_ForProvince(string code, string abbreviation, string iana, int hours)
    {
        var zone = _regions.TimeZoneOf(code);

        Assert.Equal(abbreviation, zone.Abbreviation);
        Assert.Equal(iana, zone.IanaId);
        Assert.Equal(TimeSpan.FromHours(hours), zone.UtcOffset);
    }

    [Fact]
    public void TimeZoneOf_CoversEveryProvince_InTheCatalog()
    {
        var provinces = Enumerable.Range(10, 90)
            .Select(p => _regions.FindProvince(p.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OfType<Province>();

        Assert.All(provinces, p => Assert.NotNull(_regions.TimeZoneOf(p.Code)));
    }

    [Fact]
    public void TimeZoneOf_Throws_WhenProvinceInNoZone() =>
        Assert.Throws<ArgumentException>(() => _regions.TimeZoneOf("40"));

    [Theory]
    [InlineData("WIB", "2026-03-01T07:00:00+07:00")]
    [InlineData("WITA", "2026-03-01T08:00:00+08:00")]
    [InlineData("WIT", "2026-03-01T09:00:00+09:00")]
    public void ToLocal_AppliesFixedOffset_ForZone(string abbreviation, string expected)
    {
        var zone = abbreviation switch
        {
            "WIB" => IndonesianTimeZone.Wib,
            "WITA" => IndonesianTimeZone.Wita,
            _ => IndonesianTimeZone.Wit,
        };
        var local = zone.ToLocal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), local);
        Assert.Equal(zone.UtcOffset, local.Offset);
    }
}
