using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Cycles;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Cycles { get; private set; } = [];

    public async Task OnGetAsync() =>
        Cycles = await db.ReportingCycles.AsNoTracking()
            .OrderByDescending(c => c.Year)
            .Select(c => new Row(c.Id, c.Year, c.SubmissionDeadline, c.PublicationDeadline, c.IsOpen))
            .ToListAsync();

    public Task<IActionResult> OnPostCloseAsync(int id) => SetOpenAsync(id, false);

    public Task<IActionResult> OnPostReopenAsync(int id) => SetOpenAsync(id, true);

    private async Task<IActionResult> SetOpenAsync(int id, bool open)
    {
        var cycle = await db.ReportingCycles.FindAsync(id);
        if (cycle is null)
        {
            return NotFound();
        }

        if (open)
        {
            cycle.Reopen();
        }
        else
        {
            cycle.Close();
        }

        await db.SaveChangesAsync();
        TempData.SetStatus($"{cycle.Year}年度报告周期已{(open ? "重新开启" : "关闭")}。");
        return RedirectToPage();
    }

    public sealed record Row(int Id, int Year, DateOnly SubmissionDeadline, DateOnly PublicationDeadline, bool IsOpen);
}
