using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>The body of a report split into its preamble and sections (items not yet read).</summary>
internal sealed record ReportOutline(IReadOnlyList<string> Preamble, List<SectionDraft> Sections);

/// <summary>
/// Splits the body at its top-level headings (一、 or a heading style). The preamble is what comes
/// before the first heading. When the numbering starts again at 一、 (seed 002: a second list after
/// 2022年，市外办…), the new list is not more sections: its headings become items of one section,
/// either the section it follows directly or a section of its own introduced by the sentence before it.
/// </summary>
internal static class OutlineReader
{
    /// <summary>A heading line longer than this that holds a full stop is a run-in heading with text after it.</summary>
    private const int LongestSectionHeading = 60;

    private const int LongestHeadingLikeIntro = 40;

    public static ReportOutline Read(IReadOnlyList<Line> body, List<string> warnings)
    {
        var first = HeaderReader.FirstSectionHeading(body);
        if (first == body.Count)
        {
            return WithoutHeadings(body, warnings);
        }

        var sections = GroupRestartedLists(SplitAtHeadings(body, first), warnings);
        foreach (var section in sections.Where(s => s.HeadingLine is not null && s.Heading.Length == 0))
        {
            SplitHeading(section);
        }

        return new ReportOutline(body.Take(first).Select(l => l.Text).ToList(), sections);
    }

    private static List<SectionDraft> SplitAtHeadings(IReadOnlyList<Line> body, int first)
    {
        var sections = new List<SectionDraft>();
        for (var i = first; i < body.Count; i++)
        {
            if (body[i].IsSectionHeading)
            {
                sections.Add(new SectionDraft { HeadingLine = body[i] });
            }
            else
            {
                sections[^1].Lines.Add(body[i]);
            }
        }

        return sections;
    }

    private static List<SectionDraft> GroupRestartedLists(List<SectionDraft> headed, List<string> warnings)
    {
        var sections = new List<SectionDraft>();
        SectionDraft? host = null;
        SectionDraft? previous = null;
        foreach (var section in headed)
        {
            var number = section.HeadingLine!.Number?.Value;
            var previousNumber = previous?.HeadingLine!.Number?.Value;
            if (previous is not null && number == 1 && previousNumber >= 1)
            {
                host = HostForRestartedList(previous, sections);
                warnings.Add($"原文在“{WarningText.Shorten(previous.HeadingLine!.Unnumbered)}”之后重新从“一、”编号，这组标题已作为一个部分下的各项读入，请核对。");
            }
            else if (host is null && previousNumber is { } before && number is { } after && after != before + 1)
            {
                warnings.Add($"原文的大标题编号不连续（“{Numbering.ChineseNumeral(before)}、”之后是“{Numbering.ChineseNumeral(after)}、”），请核对是否缺漏。");
            }

            (host?.Members ?? sections).Add(section);
            previous = section;
        }

        return sections;
    }

    /// <summary>
    /// The section a restarted list belongs to: a new one when the sentence before the restart
    /// introduces it (a short line is its heading, a sentence its first paragraph), else the section
    /// the list follows directly.
    /// </summary>
    private static SectionDraft HostForRestartedList(SectionDraft previous, List<SectionDraft> sections)
    {
        if (previous.Lines.Count < 2 || previous.Lines[^1] is not { Number: null } intro)
        {
            return sections[^1];
        }

        previous.Lines.RemoveAt(previous.Lines.Count - 1);
        var structure = SectionVocabulary.Problems().IsMatch(intro.Folded) ? SectionKind.Problems : SectionKind.NextYearPlans;
        var group = intro.Text.Length <= LongestHeadingLikeIntro && !intro.EndsSentence && !intro.Normalized.EndsWith('：')
            ? new SectionDraft { HeadingLine = intro, Heading = intro.Text, Structure = structure }
            : new SectionDraft { Intro = intro, Structure = structure };
        sections.Add(group);
        return group;
    }

    /// <summary>A long heading line with a full stop is a run-in heading: the rest is the section's first paragraph.</summary>
    private static void SplitHeading(SectionDraft section)
    {
        var line = section.HeadingLine!;
        var start = line.HeadingStart;
        var stop = line.Normalized.IndexOf('。', start);
        if (line.Text.Length - start > LongestSectionHeading && stop > start && line.From(stop + 1) is { } rest)
        {
            section.Heading = line.Text[start..stop];
            section.Lines.Insert(0, rest);
        }
        else
        {
            section.Heading = line.Unnumbered;
        }
    }

    /// <summary>No 一、 headings at all: the text before the first numbered item is the preamble, the rest one section.</summary>
    private static ReportOutline WithoutHeadings(IReadOnlyList<Line> body, List<string> warnings)
    {
        if (body.Count == 0)
        {
            return new ReportOutline([], []);
        }

        var firstItem = 0;
        while (firstItem < body.Count && body[firstItem].Number is null && body[firstItem].Hint != LineHint.Item)
        {
            firstItem++;
        }

        var preambleLength = firstItem == body.Count ? 0 : firstItem;
        var section = new SectionDraft();
        section.Lines.AddRange(body.Skip(preambleLength));
        warnings.Add("原文没有“一、”“二、”形式的标题，正文已整体作为一个部分导入，请手工分成各部分。");
        return new ReportOutline(body.Take(preambleLength).Select(l => l.Text).ToList(), [section]);
    }
}
