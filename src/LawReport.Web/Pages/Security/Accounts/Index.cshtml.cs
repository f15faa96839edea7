using LawReport.Domain.Common;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Pages.Admin.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Security.Accounts;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Admin.Users.IndexModel.Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync() => Accounts = await AccountRows.LoadAsync(db);

    public string LoginState(Admin.Users.IndexModel.Row account) =>
        !account.IsActive ? "已停用"
        : account.LockoutEnd is { } end && end > time.GetUtcNow() ? $"已锁定至 {end.InChina():HH:mm}"
        : "正常";

    public string PasswordState(Admin.Users.IndexModel.Row account) =>
        account.PasswordChangedAt is not { } changed ? "临时密码，待修改"
        : time.GetUtcNow() - changed > PasswordPolicy.MaximumAge ? "已过期"
        : $"{changed.InChina():yyyy-MM-dd} 修改";
}
