using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Infrastructure.Data;
using LawReport.Web.Exports;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Board;

/// <summary>
/// The cycle board: every bureau × where its report is, on time or late against the submission and
/// publication deadlines, with counts and rates at the top; exported as CSV or .xlsx.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public ReportingCycle? Cycle { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<BoardRow> Rows { get; private set; } = [];

    public BoardSummary Summary { get; private set; } = BoardSummary.Of([]);

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return File(Csv.Write(CycleBoard.ExportHeader, CycleBoard.ExportRows(Rows)), Csv.ContentType, $"{Cycle!.Year}年度法治政府建设报告报送公开情况.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return File(Xlsx.Write($"{Cycle!.Year}年度", CycleBoard.ExportHeader, CycleBoard.ExportRows(Rows)), Xlsx.ContentType, $"{Cycle.Year}年度法治政府建设报告报送公开情况.xlsx");
    }

    private async Task<bool> LoadAsync()
    {
        Years = await db.CycleYearsAsync();
        Cycle = await db.ChosenCycleAsync(Year);
        Today = time.ChinaToday();
        if (Cycle is null)
        {
            return false;
        }

        Year = Cycle.Year;
        Rows = await CycleBoard.RowsAsync(db, Cycle, time);
        Summary = BoardSummary.Of(Rows);
        return true;
    }
}
