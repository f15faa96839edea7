using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>One section of a revision compared with the section at the same position in an earlier one.</summary>
public sealed record SectionComparison(
    int Position,
    SectionKind Kind,
    string Heading,
    IReadOnlyList<DiffSegment> HeadingSegments,
    IReadOnlyList<DiffParagraph> Paragraphs,
    bool IsNew,
    bool IsRemoved)
{
    /// <summary>Anything in the heading or the text differs.</summary>
    public bool IsChanged => IsNew || IsRemoved
        || HeadingSegments.Any(s => s.Operation != DiffOperation.Equal)
        || Paragraphs.Any(p => p.Change != ParagraphChange.Unchanged);
}

/// <summary>A whole revision compared with an earlier one (or with nothing, for the first).</summary>
public sealed record ReportComparison(
    IReadOnlyList<DiffParagraph> Opening,
    IReadOnlyList<SectionComparison> Sections,
    IReadOnlyList<DiffParagraph> Ending)
{
    public bool HasPrevious { get; init; }

    public int ChangedSections => Sections.Count(s => s.IsChanged);
}

/// <summary>
/// What a bureau changed between two revisions, section by section, so the reviewer of a resubmission
/// reads the changes instead of the whole report again. Sections are matched by position (一、 with 一、):
/// that is how the reviewer's return points refer to them.
/// </summary>
public static class RevisionComparison
{
    /// <summary>
    /// The latest revision compared with the one before it: the revision the city returned (or, after a
    /// correction, the one published). Null when the report was never submitted.
    /// </summary>
    public static ReportComparison? ForLatest(AnnualReport report)
    {
        var revisions = report.Revisions;
        return revisions.Count == 0 ? null : Compare(revisions.Count > 1 ? revisions[^2].Content : null, revisions[^1].Content);
    }

    public static ReportComparison Compare(ReportContent? before, ReportContent after)
    {
        var sections = new List<SectionComparison>();
        var count = Math.Max(after.Sections.Count, before?.Sections.Count ?? 0);
        for (var i = 0; i < count; i++)
        {
            var old = before?.Sections.ElementAtOrDefault(i);
            var current = after.Sections.ElementAtOrDefault(i);
            var heading = current?.Heading ?? old!.Heading;
            sections.Add(new SectionComparison(
                i + 1,
                current?.Kind ?? old!.Kind,
                heading,
                before is null ? Same(heading) : TextDiff.Characters(old?.Heading ?? "", current?.Heading ?? ""),
                Lines(before is null ? null : old is null ? [] : ReportText.BodyLines(old), current is null ? [] : ReportText.BodyLines(current)),
                IsNew: before is not null && old is null,
                IsRemoved: current is null));
        }

        return new ReportComparison(
            Lines(before is null ? null : ReportText.OpeningLines(before), ReportText.OpeningLines(after)),
            sections,
            Lines(before is null ? null : ReportText.EndingLines(before), ReportText.EndingLines(after)))
        {
            HasPrevious = before is not null,
        };
    }

    /// <summary>Lines compared, or all unchanged when there is nothing to compare with.</summary>
    private static IReadOnlyList<DiffParagraph> Lines(IEnumerable<string>? before, IEnumerable<string> after) =>
        before is null ? after.Select(DiffParagraph.Same).ToList() : TextDiff.Paragraphs(before.ToList(), after.ToList());

    private static IReadOnlyList<DiffSegment> Same(string text) => [new DiffSegment(DiffOperation.Equal, text)];
}
