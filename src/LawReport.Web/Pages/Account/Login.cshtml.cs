using FluentValidation;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Authorization;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Account;

/// <summary>
/// Sign-in. One answer for an unknown name and a wrong password; locked and deactivated accounts are
/// told so only after the right password (<see cref="PasswordSignIn"/>). Repeated failures from one
/// address or for one name get 429 (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class LoginModel(
    SignInManager<AppUser> signInManager,
    PasswordSignIn passwords,
    SignInThrottle throttle,
    IValidator<LoginModel.InputModel> validator,
    AuditLog audit,
    TimeProvider time,
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

        var userName = Input.UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address, userName) is { } wait)
        {
            logger.LogWarning("Sign-in throttled for {UserName}", userName);
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty, $"登录失败次数过多，请{Math.Max(1, (seconds + 59) / 60)}分钟后再试。");
            var page = Page();
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }

        var (check, user) = await passwords.CheckAsync(userName, Input.Password);
        await audit.RecordSignInAsync(userName, check switch
        {
            PasswordCheck.Succeeded => Microsoft.AspNetCore.Identity.SignInResult.Success,
            PasswordCheck.LockedOut => Microsoft.AspNetCore.Identity.SignInResult.LockedOut,
            PasswordCheck.Inactive => Microsoft.AspNetCore.Identity.SignInResult.NotAllowed,
            _ => Microsoft.AspNetCore.Identity.SignInResult.Failed,
        });
        if (check == PasswordCheck.Succeeded)
        {
            // Always a new session (a new cookie), with its start recorded for the absolute limit.
            await signInManager.SignInAsync(user!, SessionLimits.NewSession(time.GetUtcNow()), authenticationMethod: "pwd");
            logger.LogInformation("Sign-in succeeded for {UserName}", userName);
            return LocalRedirect(Url.IsLocalUrl(Input.ReturnUrl) ? Input.ReturnUrl! : "/");
        }

        if (check == PasswordCheck.Refused)
        {
            throttle.RecordFailure(address, userName);
        }

        logger.LogWarning("Sign-in refused for {UserName}: {Reason}", userName, check);
        ModelState.AddModelError(string.Empty, check switch
        {
            PasswordCheck.LockedOut => $"账号已锁定：密码连续错误{PasswordPolicy.MaxFailedSignIns}次。请{LockoutMinutes}分钟后再试，或联系安全管理员解锁。",
            PasswordCheck.Inactive => "账号已停用，请联系系统管理员。",
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
