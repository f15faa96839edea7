using LawReport.Infrastructure.Identity;
using LawReport.Web.PageSupport;
using LawReport.Web.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Account;

/// <summary>Signing out ends the account's sessions on the server as well (<see cref="SessionLimits.EndAllAsync"/>).</summary>
public sealed class LogoutModel(UserManager<AppUser> users, SignInManager<AppUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await SessionLimits.EndAllAsync(users, signInManager, await users.GetUserAsync(User));
        TempData.SetStatus("您已安全退出。");
        return LocalRedirect("/");
    }
}
