using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Bureaus;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Bureaus { get; private set; } = [];

    public async Task OnGetAsync() =>
        Bureaus = await db.Bureaus.AsNoTracking()
            .OrderByDescending(b => b.IsActive).ThenBy(b => b.City).ThenBy(b => b.FullName)
            .Select(b => new Row(b.Id, b.FullName, b.ShortName, b.OrganizationCode, b.City, b.Category, b.DefaultAddressee, b.IsActive))
            .ToListAsync();

    public Task<IActionResult> OnPostDeactivateAsync(int id) => SetActiveAsync(id, false);

    public Task<IActionResult> OnPostActivateAsync(int id) => SetActiveAsync(id, true);

    private async Task<IActionResult> SetActiveAsync(int id, bool active)
    {
        var bureau = await db.Bureaus.FindAsync(id);
        if (bureau is null)
        {
            return NotFound();
        }

        if (active)
        {
            bureau.Activate();
        }
        else
        {
            bureau.Deactivate();
        }

        await db.SaveChangesAsync();
        TempData.SetStatus($"已{(active ? "启用" : "停用")}“{bureau.FullName}”。");
        return RedirectToPage();
    }

    public sealed record Row(int Id, string FullName, string ShortName, string OrganizationCode, string City, string Category, string DefaultAddressee, bool IsActive);
}
