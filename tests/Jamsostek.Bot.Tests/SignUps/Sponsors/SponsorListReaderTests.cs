using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jamsostek.Bot.SignUps.Sponsors;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

public sealed class SponsorListReaderTests
{
    [Theory]
    [InlineData("NIK", SponsorListColumn.Nik)]
    [InlineData("No. KTP", SponsorListColumn.Nik)]
    [InlineData("Nomor Induk Kependudukan", SponsorListColumn.Nik)]
    [InlineData("NAMA LENGKAP", SponsorListColumn.Name)]
    [InlineData("Nama Sesuai KTP", SponsorListColumn.Name)]
    [InlineData("No HP/WA", SponsorListColumn.Phone)]
    [InlineData("Nomor Telepon", SponsorListColumn.Phone)]
    [InlineData("Desa/Kelurahan", SponsorListColumn.Village)]
    [InlineData("Kode Desa", SponsorListColumn.Village)]
    [InlineData("Jenis Pekerjaan", SponsorListColumn.Occupation)]
    [InlineData("Kelompok", SponsorListColumn.Occupation)]
    [InlineData("Keterangan", null)]
    [InlineData("No.", null)]
    public void Match_FindsTheColumn_WhenTheHeaderIsWrittenAsRegencyStaffWriteIt(string header, SponsorListColumn? expected) =>
        Assert.Equal(expected, Assert.Single(SponsorListHeaders.Match([header])));

    [Fact]
    public void Read_TakesTheHeaderBelowATitleAndKeepsFileLineNumbers_WhenTheCsvIsSemicolonSeparated()
    {
        var csv = "DAFTAR PEKERJA RENTAN 2026\n\nNo;NIK;Nama;Desa\n1;\"6306010101900001\";\"Siti; Aminah\";Karang Jawa\n\n2;6306010101900002;Budi;63.06.01.2001\n";

        var file = SponsorListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "daftar.csv");

        Assert.Equal([4, 6], file.Rows.Select(r => r.Line));
        Assert.Equal("Siti; Aminah", file.Value(file.Rows[0], SponsorListColumn.Name));
        Assert.Equal("63.06.01.2001", file.Value(file.Rows[1], SponsorListColumn.Village));
        Assert.Equal(string.Empty, file.Value(file.Rows[1], SponsorListColumn.Phone));
    }

    [Fact]
    public void Read_GivesTheSpreadsheetRowsAndTheNikDigits_WhenTheListIsAnXlsxWithATitleRowAndANumericNik()
    {
        using var xlsx = Xlsx(
            (1, ["Daftar penerima APBD Kab. HSS"]),
            (3, ["NIK", "Nama Lengkap", "Nomor HP", "Desa/Kelurahan", "Pekerjaan"]),
            (4, [6306010101900001m, "Siti Aminah", "0812-3456-7890", "Karang Jawa", "pekerja rentan"]),
            (5, ["'6306010101900002", "Budi", string.Empty, "63.06.01.2001", "perangkat desa"]));

        var file = SponsorListReader.Read(xlsx, "daftar.xlsx");

        Assert.Equal([4, 5], file.Rows.Select(r => r.Line));
        Assert.Equal("6306010101900001", file.Value(file.Rows[0], SponsorListColumn.Nik));
        Assert.Equal("6306010101900002", file.Value(file.Rows[1], SponsorListColumn.Nik));
        Assert.Equal("perangkat desa", file.Value(file.Rows[1], SponsorListColumn.Occupation));
    }

    [Fact]
    public void Read_ThrowsInIndonesian_WhenAnXlsxIsNotAWorkbook() =>
        Assert.Contains("tidak dapat dibuka", Assert.Throws<InvalidDataException>(() => SponsorListReader.Read(new MemoryStream([1, 2, 3]), "x.xlsx")).Message, StringComparison.Ordinal);

    /// <summary>A one-sheet workbook; text as shared strings, numbers as number cells (as Excel stores a NIK typed as a number).</summary>
    internal static MemoryStream Xlsx(params (uint Row, object[] Cells)[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            foreach (var (index, cells) in rows)
            {
                var row = new Row { RowIndex = index };
                for (var c = 0; c < cells.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{index}";
                    if (cells[c] is decimal number)
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number) });
                        continue;
                    }

                    strings.SharedStringTable.Append(new SharedStringItem(new Text((string)cells[c])));
                    var at = strings.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at) });
                }

                data.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Daftar" }));
        }

        stream.Position = 0;
        return stream;
    }
}
