using LawReport.Infrastructure.Identity;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        TempData.SetStatus("您已安全退出。");
        return LocalRedirect("/");
    }
}
