using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Users;

/// <summary>The bureau drop-down of the account forms: active bureaus, plus the account's current one.</summary>
internal static class BureauChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(AppDbContext db, int? current) =>
        await db.Bureaus.AsNoTracking()
            .Where(b => b.IsActive || b.Id == current)
            .OrderBy(b => b.City).ThenBy(b => b.FullName)
            .Select(b => new SelectListItem(b.FullName, b.Id.ToString()))
            .ToListAsync();
}
