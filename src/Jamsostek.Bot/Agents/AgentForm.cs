using Jamsostek.Dialogs.Parsing;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// An agent as typed, in the console's form (/petugas/agen) or on <c>agents add</c>: every field a string, so that a bad
/// one comes back with its own Indonesian message and nothing typed is lost. <see cref="Read"/> makes the agent.
/// </summary>
public sealed class AgentForm
{
    public const int MaxNameLength = 100;

    public string? Name { get; set; }

    /// <summary>kader, perisai or rt (<see cref="AgentKinds"/>).</summary>
    public string? Kind { get; set; }

    public string? Regency { get; set; }

    public string? Village { get; set; }

    public string? Phone { get; set; }

    /// <summary>Reads every field; each bad one gets a message under its own name (Name, Kind, Regency, Village, Phone).</summary>
    /// <param name="allows">Whether the one adding may add agents in that regency (an officer: their own; an admin or the CLI: all).</param>
    public (Agent? Agent, IReadOnlyDictionary<string, string> Errors) Read(RegionCatalog regions, Func<string, bool> allows, string createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(allows);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxNameLength)
        {
            errors[nameof(Name)] = $"Isi nama agen (paling panjang {MaxNameLength} karakter).";
        }

        var kind = Kind?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!AgentKinds.Labels.ContainsKey(kind))
        {
            errors[nameof(Kind)] = "Pilih jenis agen: kader desa, agen PERISAI atau ketua RT.";
        }

        var regency = Regency?.Trim() ?? string.Empty;
        if (regions.FindRegency(regency) is null)
        {
            errors[nameof(Regency)] = regency.Length == 0 ? "Pilih kabupaten/kota agen." : $"Kabupaten/kota dengan kode '{regency}' tidak dikenal, contoh: 63.06.";
        }
        else if (!allows(regency))
        {
            errors[nameof(Regency)] = "Kabupaten/kota ini di luar wilayah tugas Anda.";
        }

        var village = string.IsNullOrWhiteSpace(Village) ? null : Village.Trim();
        if (village is not null && (regions.FindVillage(village) is null || !village.StartsWith(regency + ".", StringComparison.Ordinal)))
        {
            errors[nameof(Village)] = $"Desa dengan kode '{village}' tidak ada di kabupaten/kota ini; contoh: 63.06.05.1001, atau kosongkan.";
        }

        var phone = PhoneParser.Parse(Phone ?? string.Empty);
        if (!phone.Ok)
        {
            errors[nameof(Phone)] = "Nomor HP agen tidak valid; contoh: 0812-3456-7890.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var agent = new Agent
        {
            Name = name, Kind = kind, RegencyCode = regency, VillageCode = village, Phone = phone.Value!,
            LinkCode = AgentCodes.NewLinkCode(), CreatedAt = now, CreatedBy = createdBy,
        };
        return (agent, errors);
    }
}
