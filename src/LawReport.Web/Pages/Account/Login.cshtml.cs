using FluentValidation;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<AppUser> signInManager,
    IValidator<LoginModel.InputModel> validator,
    AuditLog audit,
    ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int MaxFailures => PasswordPolicy.MaxFailedSignIns;

    public int LockoutMinutes => (int)PasswordPolicy.LockoutDuration.TotalMinutes;

    public void OnGet(string? returnUrl) => Input = new InputModel { ReturnUrl = returnUrl };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        await audit.RecordSignInAsync(Input.UserName, result);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {UserName}", Input.UserName);
            return LocalRedirect(Url.IsLocalUrl(Input.ReturnUrl) ? Input.ReturnUrl! : "/");
        }

        logger.LogWarning("Sign-in refused for {UserName}: {Reason}", Input.UserName,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "inactive" : "wrong credentials");
        ModelState.AddModelError(string.Empty, result switch
        {
            { IsLockedOut: true } => $"账号已锁定：密码连续错误{PasswordPolicy.MaxFailedSignIns}次。请{LockoutMinutes}分钟后再试，或联系安全管理员解锁。",
            { IsNotAllowed: true } => "账号已停用，请联系系统管理员。",
            _ => "用户名或密码不正确。",
        });
        return Page();
    }

    public sealed record InputModel
    {
        public string UserName { get; set; } = "";

        public string Password { get; set; } = "";

        public string? ReturnUrl { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.UserName).NotEmpty().WithMessage("请输入用户名。").MaximumLength(256).WithMessage("用户名过长。");
            RuleFor(x => x.Password).NotEmpty().WithMessage("请输入密码。").MaximumLength(256).WithMessage("密码过长。");
        }
    }
}
