using FluentValidation;
using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Admin.Cycles;

/// <summary>Opens a reporting cycle (no id) or changes the deadlines of one.</summary>
public sealed class EditModel(AppDbContext db, IValidator<EditModel.InputModel> validator, TimeProvider time) : PageModel
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
            Input = new InputModel { Year = time.ChinaToday().Year - 1 };
            return Page();
        }

        var cycle = await db.ReportingCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Id);
        if (cycle is null)
        {
            return NotFound();
        }

        Input = new InputModel { Year = cycle.Year, SubmissionDeadline = cycle.SubmissionDeadline, PublicationDeadline = cycle.PublicationDeadline };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReportingCycle? cycle = null;
        if (!IsNew)
        {
            cycle = await db.ReportingCycles.FindAsync(Id);
            if (cycle is null)
            {
                return NotFound();
            }

            Input.Year = cycle.Year;
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        if (IsNew && await db.ReportingCycles.AnyAsync(c => c.Year == Input.Year))
        {
            ModelState.AddModelError("Input.Year", $"{Input.Year}年度的报告周期已存在。");
            return Page();
        }

        var submission = Input.SubmissionDeadline ?? ReportingCycle.DefaultSubmissionDeadline(Input.Year);
        var publication = Input.PublicationDeadline ?? ReportingCycle.DefaultPublicationDeadline(Input.Year);
        try
        {
            if (cycle is null)
            {
                db.ReportingCycles.Add(ReportingCycle.Open(Input.Year, submission, publication));
            }
            else
            {
                cycle.SetDeadlines(submission, publication);
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        await db.SaveChangesAsync();
        TempData.SetStatus($"{Input.Year}年度报告周期已保存。");
        return RedirectToPage("Index");
    }

    public sealed record InputModel
    {
        public int Year { get; set; }

        public DateOnly? SubmissionDeadline { get; set; }

        public DateOnly? PublicationDeadline { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator() =>
            RuleFor(x => x.Year).InclusiveBetween(ReportingCycle.FirstYear, ReportingCycle.LastYear)
                .WithMessage($"报告年度应在{ReportingCycle.FirstYear}年至{ReportingCycle.LastYear}年之间。");
    }
}
