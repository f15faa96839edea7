using LawReport.Infrastructure.Identity;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Security.Accounts;

/// <summary>The security administrator's page for one account: roles, unlocking, password reset.</summary>
public sealed class EditModel(UserManager<AppUser> users, UserAccounts accounts, TimeProvider time) : PageModel
{
    [FromRoute]
    public string Id { get; set; } = "";

    public string UserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public IReadOnlyCollection<string> SelectedRoles { get; private set; } = [];

    public DateTimeOffset? LockoutEnd { get; private set; }

    public bool IsLockedOut => LockoutEnd is { } end && end > time.GetUtcNow();

    public bool IsSelf { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(Id);
        return user is null ? NotFound() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostRolesAsync(List<string> selectedRoles)
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, "不能修改自己的角色。");
            return await ShowAsync(user);
        }

        return await DoneAsync(user, await accounts.SetRolesAsync(user, selectedRoles.Distinct().ToList()), "角色已保存。");
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = await users.FindByIdAsync(Id);
        return user is null ? NotFound() : await DoneAsync(user, await accounts.UnlockAsync(user), "账号已解锁。");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string? temporaryPassword)
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(temporaryPassword))
        {
            ModelState.AddModelError(string.Empty, "请输入新的临时密码。");
            return await ShowAsync(user);
        }

        return await DoneAsync(user, await accounts.ResetPasswordAsync(user, temporaryPassword), "密码已重置，用户下次登录时须修改。");
    }

    private async Task<IActionResult> DoneAsync(AppUser user, IdentityResult result, string status)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return await ShowAsync(user);
        }

        TempData.SetStatus(status);
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> ShowAsync(AppUser user)
    {
        UserName = user.UserName ?? "";
        DisplayName = user.DisplayName;
        LockoutEnd = user.LockoutEnd;
        IsSelf = user.Id == users.GetUserId(User);
        if (SelectedRoles.Count == 0)
        {
            SelectedRoles = (await users.GetRolesAsync(user)).ToList();
        }

        return Page();
    }
}
