using FluentValidation;
using LawReport.Domain.Reports;
using LawReport.Web.Pages.Reports.Editing;
using LawReport.Web.Validation;

namespace LawReport.Web.Pages.Reports;

/// <summary>What the overview's forms post (details, an answer, a change of the sections) and their validators.</summary>
public sealed partial class EditModel
{
    public sealed record DetailsInput
    {
        public Guid Version { get; set; }

        public string? Base { get; set; }

        public string? Title { get; set; }

        public string? Addressee { get; set; }

        public string? Preamble { get; set; }

        public string? Closing { get; set; }

        public string? Signature { get; set; }

        public DateOnly? DateWritten { get; set; }

        public string? Note { get; set; }

        public static DetailsInput From(AnnualReport report) => new()
        {
            Version = report.Version,
            Base = EditFingerprint.OfDetails(report),
            Title = report.Title,
            Addressee = report.Addressee,
            Preamble = report.Preamble,
            Closing = report.Closing,
            Signature = report.Signature,
            DateWritten = report.DateWritten,
            Note = report.Note,
        };
    }

    public sealed class DetailsValidator : AbstractValidator<DetailsInput>
    {
        public DetailsValidator()
        {
            RuleFor(x => x.Title).RequiredLine("请填写报告标题。").LineOfAtMost(AnnualReportLimits.TitleMaxLength, "标题");
            RuleFor(x => x.Addressee).LineOfAtMost(AnnualReportLimits.AddresseeMaxLength, "主送机关");
            RuleFor(x => x.Preamble).BlockOfAtMost(AnnualReportLimits.PreambleMaxLength, "开头段落");
            RuleFor(x => x.Closing).LineOfAtMost(AnnualReportLimits.ClosingMaxLength, "结束语");
            RuleFor(x => x.Signature).LineOfAtMost(AnnualReportLimits.SignatureMaxLength, "发文机关署名");
            RuleFor(x => x.Note).LineOfAtMost(AnnualReportLimits.NoteMaxLength, "附注");
            RuleFor(x => x.DateWritten!.Value.Year)
                .InclusiveBetween(Domain.Cycles.ReportingCycle.FirstYear, Domain.Cycles.ReportingCycle.LastYear + 1)
                .When(x => x.DateWritten is not null)
                .WithMessage("成文日期无效。")
                .OverridePropertyName(nameof(DetailsInput.DateWritten));
        }
    }

    public sealed record AnswerInput
    {
        public Guid Version { get; set; }

        public string? Base { get; set; }

        public int Number { get; set; }

        public string? Text { get; set; }
    }

    public sealed class AnswerValidator : AbstractValidator<AnswerInput>
    {
        public AnswerValidator() =>
            RuleFor(x => x.Text).BlockOfAtMost(ReturnPoint.TextMaxLength, "答复");
    }

    public sealed record StructureInput
    {
        public Guid Version { get; set; }

        public string? Base { get; set; }

        public int Position { get; set; }

        /// <summary>-1 up, +1 down.</summary>
        public int Direction { get; set; }

        public bool Confirm { get; set; }

        public SectionKind Kind { get; set; } = SectionKind.Other;

        public string? Heading { get; set; }
    }
}
