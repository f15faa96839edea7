using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LawReport.Web.Exports;

/// <summary>A one-sheet .xlsx workbook of text cells (DocumentFormat.OpenXml; ClosedXML is not obtainable).</summary>
public static class Xlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }),
                new Columns(header.Select((_, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = i == 0 ? 36 : 16, CustomWidth = true })),
                data);
            uint index = 0;
            foreach (var row in rows.Prepend(header))
            {
                index++;
                data.Append(new Row(row.Select(value => new Cell
                {
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
                })) { RowIndex = index });
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
