using FluentValidation;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Account;

public sealed class ChangePasswordModel(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    UserAccounts accounts,
    IValidator<ChangePasswordModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Required => User.HasClaim(c => c.Type == UserClaims.PasswordChangeRequired);

    public int MinLength => PasswordPolicy.MinimumLength;

    public int MaxAgeDays => (int)PasswordPolicy.MaximumAge.TotalDays;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await accounts.ChangeOwnPasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (await users.IsLockedOutAsync(user))
            {
                // Locked by wrong current passwords: the session ends too, as a locked account has none.
                await users.UpdateSecurityStampAsync(user);
                await signInManager.SignOutAsync();
                TempData["Status"] = UserAccounts.LockedOutMessage;
                return LocalRedirect("/Account/Login");
            }

            ModelState.AddErrors(result);
            return Page();
        }

        // A fresh cookie without the "must change" claim.
        await signInManager.RefreshSignInAsync(user);
        TempData.SetStatus("密码已修改。");
        return LocalRedirect("/");
    }

    public sealed record InputModel
    {
        public string CurrentPassword { get; set; } = "";

        public string NewPassword { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("请输入当前密码。");
            RuleFor(x => x.NewPassword).NotEmpty().WithMessage("请输入新密码。")
                .MinimumLength(PasswordPolicy.MinimumLength).WithMessage($"新密码至少需要{PasswordPolicy.MinimumLength}个字符。")
                .MaximumLength(128).WithMessage("新密码不能超过128个字符。");
            RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("两次输入的新密码不一致。");
        }
    }
}
