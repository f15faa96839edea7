using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages;

public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<(string Text, string Url)> Links { get; private set; } = [];

    public async Task OnGetAsync() => Links = [.. await authorization.VisibleToAsync(User), ("修改密码", "/Account/ChangePassword")];
}
