using FluentValidation;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LawReport.Web.Pages.Admin.Users;

/// <summary>Name and bureau of an account, and its deactivation.</summary>
public sealed class EditModel(AppDbContext db, UserManager<AppUser> users, UserAccounts accounts, IValidator<EditModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [FromRoute]
    public string Id { get; set; } = "";

    public string UserName { get; private set; } = "";

    public bool IsActive { get; private set; }

    public bool IsSelf { get; private set; }

    public IReadOnlyList<SelectListItem> Bureaus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        Input = new InputModel { DisplayName = user.DisplayName, BureauId = user.BureauId };
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(Input, ModelState))
        {
            var result = await accounts.UpdateProfileAsync(user, Input.DisplayName, Input.BureauId);
            if (result.Succeeded)
            {
                TempData.SetStatus($"已保存“{user.UserName}”。");
                return RedirectToPage("Index");
            }

            ModelState.AddErrors(result);
        }

        return await ShowAsync(user);
    }

    public Task<IActionResult> OnPostDeactivateAsync() => SetActiveAsync(false);

    public Task<IActionResult> OnPostActivateAsync() => SetActiveAsync(true);

    private async Task<IActionResult> SetActiveAsync(bool active)
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, "不能停用自己的账号。");
            Input = new InputModel { DisplayName = user.DisplayName, BureauId = user.BureauId };
            return await ShowAsync(user);
        }

        var result = await accounts.SetActiveAsync(user, active);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return await ShowAsync(user);
        }

        TempData.SetStatus($"已{(active ? "启用" : "停用")}账号“{user.UserName}”。");
        return RedirectToPage(new { id = Id });
    }

    private async Task<IActionResult> ShowAsync(AppUser user)
    {
        UserName = user.UserName ?? "";
        IsActive = user.IsActive;
        IsSelf = user.Id == users.GetUserId(User);
        Bureaus = await BureauChoices.LoadAsync(db, user.BureauId);
        return Page();
    }

    public sealed record InputModel
    {
        public string DisplayName { get; set; } = "";

        public int? BureauId { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() =>
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage("请填写姓名。")
                .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage($"姓名不能超过{AppUser.DisplayNameMaxLength}个字符。");
    }
}
