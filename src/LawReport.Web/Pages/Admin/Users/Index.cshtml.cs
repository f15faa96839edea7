using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Users;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync() => Users = await AccountRows.LoadAsync(db);

    public sealed record Row(string Id, string UserName, string DisplayName, string? Bureau, IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset? LockoutEnd, DateTimeOffset? PasswordChangedAt);
}

/// <summary>Accounts with bureau and role names, for the system and the security administrators' lists.</summary>
internal static class AccountRows
{
    public static async Task<IReadOnlyList<IndexModel.Row>> LoadAsync(AppDbContext db)
    {
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync();
        var rolesByUser = roleNames.ToLookup(x => x.UserId, x => Roles.Label(x.Name!));
        var users = await (from u in db.Users
                           join b in db.Bureaus on u.BureauId equals b.Id into bureaus
                           from b in bureaus.DefaultIfEmpty()
                           orderby u.UserName
                           select new { u.Id, u.UserName, u.DisplayName, Bureau = b == null ? null : b.FullName, u.IsActive, u.LockoutEnd, u.PasswordChangedAt })
            .AsNoTracking().ToListAsync();
        return users
            .Select(u => new IndexModel.Row(u.Id, u.UserName ?? "", u.DisplayName, u.Bureau, rolesByUser[u.Id].ToList(), u.IsActive, u.LockoutEnd, u.PasswordChangedAt))
            .ToList();
    }
}
