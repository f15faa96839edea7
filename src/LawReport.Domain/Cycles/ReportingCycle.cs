using LawReport.Domain.Common;

namespace LawReport.Domain.Cycles;

/// <summary>
/// One year of reporting: bureaus report on <see cref="Year"/> by the submission deadline and make the
/// report public by the publication deadline (第二十四条: 3月1日 and 4月1日 of the next year unless the
/// city sets other dates).
/// </summary>
public sealed class ReportingCycle
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private ReportingCycle()
    {
    }

    public int Id { get; private set; }

    /// <summary>The year reported on (not the year the report is written).</summary>
    public int Year { get; private set; }

    public DateOnly SubmissionDeadline { get; private set; }

    public DateOnly PublicationDeadline { get; private set; }

    public bool IsOpen { get; private set; }

    public static ReportingCycle Open(int year, DateOnly? submissionDeadline = null, DateOnly? publicationDeadline = null)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException($"报告年度应在{FirstYear}年至{LastYear}年之间。");
        }

        var cycle = new ReportingCycle { Year = year, IsOpen = true };
        cycle.SetDeadlines(
            submissionDeadline ?? DefaultSubmissionDeadline(year),
            publicationDeadline ?? DefaultPublicationDeadline(year));
        return cycle;
    }

    public static DateOnly DefaultSubmissionDeadline(int year) => new(year + 1, 3, 1);

    public static DateOnly DefaultPublicationDeadline(int year) => new(year + 1, 4, 1);

    public void SetDeadlines(DateOnly submissionDeadline, DateOnly publicationDeadline)
    {
        // Some cities collect the report in December of the year itself (seed 000 was written on
        // 2020-11-27 for 2020), most in the first months of the next year.
        if (submissionDeadline.Year < Year || submissionDeadline.Year > Year + 1)
        {
            throw new DomainException($"报送截止日期应在{Year}年或{Year + 1}年内。");
        }

        if (publicationDeadline < submissionDeadline)
        {
            throw new DomainException("公开截止日期不能早于报送截止日期。");
        }

        SubmissionDeadline = submissionDeadline;
        PublicationDeadline = publicationDeadline;
    }

    /// <summary>Whether a report first signed off (submitted to the city) on <paramref name="submittedOn"/> met the submission deadline.</summary>
    public Punctuality Submission(DateOnly? submittedOn, DateOnly today) => Punctualities.Of(submittedOn, SubmissionDeadline, today);

    /// <summary>Whether a report first published on <paramref name="publishedOn"/> met the publication deadline.</summary>
    public Punctuality Publication(DateOnly? publishedOn, DateOnly today) => Punctualities.Of(publishedOn, PublicationDeadline, today);

    public void Close() => IsOpen = false;

    public void Reopen() => IsOpen = true;
}
