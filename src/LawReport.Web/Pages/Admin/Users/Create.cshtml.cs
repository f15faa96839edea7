using FluentValidation;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LawReport.Web.Pages.Admin.Users;

/// <summary>The system administrator creates an account; the security administrator gives it roles.</summary>
public sealed class CreateModel(AppDbContext db, UserAccounts accounts, IValidator<CreateModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Bureaus { get; private set; } = [];

    public async Task OnGetAsync() => Bureaus = await BureauChoices.LoadAsync(db, null);

    public async Task<IActionResult> OnPostAsync()
    {
        if (await validator.ValidateIntoAsync(Input, ModelState))
        {
            var result = await accounts.CreateAsync(new NewAccount(Input.UserName, Input.DisplayName, Input.BureauId, [], Input.TemporaryPassword));
            if (result.Succeeded)
            {
                TempData.SetStatus($"已创建账号“{Input.UserName}”。请通知安全管理员分配角色。");
                return RedirectToPage("Index");
            }

            ModelState.AddErrors(result);
        }

        Bureaus = await BureauChoices.LoadAsync(db, Input.BureauId);
        return Page();
    }

    public sealed record InputModel
    {
        public string UserName { get; set; } = "";

        public string DisplayName { get; set; } = "";

        public int? BureauId { get; set; }

        public string TemporaryPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.UserName).NotEmpty().WithMessage("请填写用户名。").MaximumLength(64).WithMessage("用户名不能超过64个字符。")
                .Matches("^[A-Za-z0-9._@-]*$").WithMessage("用户名只能使用字母、数字和 - . _ @。");
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage("请填写姓名。")
                .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage($"姓名不能超过{AppUser.DisplayNameMaxLength}个字符。");
            RuleFor(x => x.TemporaryPassword).NotEmpty().WithMessage("请设置临时密码。")
                .MinimumLength(PasswordPolicy.MinimumLength).WithMessage($"临时密码至少需要{PasswordPolicy.MinimumLength}个字符。");
        }
    }
}
