using System.Text.Json;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Officers;

/// <summary>An audit entry as officers read it: the action in Indonesian and the changed fields, one by one, with Indonesian names.</summary>
public static class AuditDisplay
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["submitted"] = "Dikirim pekerja",
        ["resubmitted"] = "Dikirim ulang setelah diperbaiki",
        ["approved"] = "Disetujui",
        ["rejected"] = "Ditolak",
        ["personal-data-erased"] = "Data pribadi dihapus atas permintaan pekerja",
        ["handoff-replied"] = "Permintaan petugas dibalas",
        ["handoff-closed"] = "Permintaan petugas ditandai selesai",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reference"] = "Nomor referensi", ["status"] = "Status", ["nik"] = "NIK", ["fullName"] = "Nama lengkap",
        ["birthDate"] = "Tanggal lahir", ["sex"] = "Jenis kelamin", ["villageCode"] = "Kode desa", ["address"] = "Alamat",
        ["phone"] = "Nomor HP", ["occupation"] = "Pekerjaan", ["monthlyIncome"] = "Penghasilan per bulan",
        ["programs"] = "Program", ["monthlyContribution"] = "Iuran per bulan", ["paymentPeriodMonths"] = "Periode bayar (bulan)",
        ["heir"] = "Ahli waris", ["kpj"] = "Nomor KPJ", ["rejectionReason"] = "Alasan penolakan", ["decidedBy"] = "Diputuskan oleh",
        ["source"] = "Sumber/sponsor", ["reply"] = "Balasan", ["closedBy"] = "Ditutup oleh",
        ["changed"] = "Jawaban yang diubah",
    };

    public static string Action(string code) => Actions.GetValueOrDefault(code, code);

    public static string Field(string key) => Fields.GetValueOrDefault(key, key);

    /// <summary>The fields whose value differs between before and after (all of after when there is no before), in after's order.</summary>
    public static IReadOnlyList<AuditChange> Changes(string? beforeJson, string? afterJson)
    {
        var before = Read(beforeJson);
        var after = Read(afterJson);
        var keys = after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k)));
        return [.. keys
            .Select(k => (Key: k, Before: before.GetValueOrDefault(k), After: after.GetValueOrDefault(k)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))
            .Select(c => new AuditChange(Field(c.Key), Value(c.Key, c.Before), Value(c.Key, c.After)))];
    }

    /// <summary>One top-level value of an entry's JSON (raw text), or null.</summary>
    public static string? ValueOf(string? json, string key) => Read(json).GetValueOrDefault(key);

    /// <summary>The answer names of a resubmission's "changed" list, in Indonesian ("Nama lengkap, Alamat"); "-" when none.</summary>
    public static string ChangedAnswers(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return "-";
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return json;
            }

            var names = document.RootElement.EnumerateArray().Select(e => Field(e.ToString())).ToList();
            return names.Count == 0 ? "-" : string.Join(", ", names);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string? Value(string key, string? value) => value switch
    {
        null => null,
        _ when key.Equals("status", StringComparison.OrdinalIgnoreCase) && SignUpStatusCodes.TryParse(value, out var status) => StatusLabels.Of(status),
        _ when key.Equals("changed", StringComparison.Ordinal) => ChangedAnswers(value),
        _ => value,
    };

    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return values;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return values;
            }

            foreach (var p in document.RootElement.EnumerateObject())
            {
                values[p.Name] = p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString();
            }
        }
        catch (JsonException)
        {
            values["-"] = json; // an entry not written as an object is shown raw rather than lost
        }

        return values;
    }
}
