using FluentValidation;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Bureaus;

/// <summary>Creates a bureau (no id) or edits one.</summary>
public sealed class EditModel(AppDbContext db, IValidator<EditModel.InputModel> validator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [FromRoute]
    public int? Id { get; set; }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (IsNew)
        {
            return Page();
        }

        var bureau = await db.Bureaus.AsNoTracking().FirstOrDefaultAsync(b => b.Id == Id);
        if (bureau is null)
        {
            return NotFound();
        }

        Input = new InputModel
        {
            FullName = bureau.FullName,
            ShortName = bureau.ShortName,
            OrganizationCode = bureau.OrganizationCode,
            City = bureau.City,
            Category = bureau.Category,
            DefaultAddressee = bureau.DefaultAddressee,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var fullName = PlainText.Line(Input.FullName);
        if (await db.Bureaus.AnyAsync(b => b.FullName == fullName && b.Id != Id))
        {
            ModelState.AddModelError("Input.FullName", $"已有名为“{fullName}”的单位。");
            return Page();
        }

        Bureau? bureau;
        try
        {
            if (IsNew)
            {
                bureau = Bureau.Create(Input.FullName, Input.ShortName, Input.OrganizationCode, Input.City, Input.Category, Input.DefaultAddressee);
                db.Bureaus.Add(bureau);
            }
            else
            {
                bureau = await db.Bureaus.FindAsync(Id);
                if (bureau is null)
                {
                    return NotFound();
                }

                bureau.Update(Input.FullName, Input.ShortName, Input.OrganizationCode, Input.City, Input.Category, Input.DefaultAddressee);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        TempData.SetStatus($"已保存“{bureau.FullName}”。");
        return RedirectToPage("Index");
    }

    public sealed record InputModel
    {
        public string FullName { get; set; } = "";

        public string ShortName { get; set; } = "";

        public string OrganizationCode { get; set; } = "";

        public string City { get; set; } = "";

        public string Category { get; set; } = "";

        public string DefaultAddressee { get; set; } = Bureau.StandardAddressee;
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.FullName).NotEmpty().WithMessage("请填写单位全称。")
                .MaximumLength(Bureau.FullNameMaxLength).WithMessage($"单位全称不能超过{Bureau.FullNameMaxLength}个字符。");
            RuleFor(x => x.ShortName).NotEmpty().WithMessage("请填写单位简称。")
                .MaximumLength(Bureau.ShortNameMaxLength).WithMessage($"简称不能超过{Bureau.ShortNameMaxLength}个字符。");
            RuleFor(x => x.OrganizationCode)
                .Matches("^([0-9A-Za-z]{8}-?[0-9A-Za-z]|[0-9A-Za-z]{18})?$")
                .WithMessage("机构代码应为9位组织机构代码或18位统一社会信用代码（数字或字母）。");
            RuleFor(x => x.City).MaximumLength(Bureau.CityMaxLength).WithMessage($"城市不能超过{Bureau.CityMaxLength}个字符。");
            RuleFor(x => x.Category).MaximumLength(Bureau.CategoryMaxLength).WithMessage($"类别不能超过{Bureau.CategoryMaxLength}个字符。");
            RuleFor(x => x.DefaultAddressee).NotEmpty().WithMessage("请填写默认主送机关。")
                .MaximumLength(Bureau.AddresseeMaxLength).WithMessage($"主送机关不能超过{Bureau.AddresseeMaxLength}个字符。");
        }
    }
}
