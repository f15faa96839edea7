using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Some reports state their shortcomings in a closing paragraph of another part instead of a part of
/// their own (seed 001: 同时，我办法治政府建设工作还有很多可改进可提升的地方… at the end of the leader
/// part). When no section is about problems, such a paragraph — the last of its section, turning with
/// 同时/但… to what falls short — becomes a 存在的不足 section of its own, right after, so the report has
/// the part the regulation asks for and years compare. Nothing is reordered; the heading is supplied.
/// </summary>
internal static class ProblemsParagraph
{
    public static bool TryExtract(List<SectionDraft> sections, List<string> warnings)
    {
        if (sections.Any(s => s.Kind == SectionKind.Problems))
        {
            return false;
        }

        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Items.Count == 0 || section.Kind is SectionKind.NextYearPlans or SectionKind.Other)
            {
                continue;
            }

            var last = section.Items[^1];
            var ownParagraphs = last.Heading is null ? 0 : 1;
            if (last.Paragraphs.Count <= ownParagraphs || section.Items.Count + last.Paragraphs.Count < 3)
            {
                continue;
            }

            var paragraph = last.Paragraphs[^1];
            var folded = ChineseVariants.Fold(paragraph);
            if (!SectionVocabulary.Turn().IsMatch(folded) || !SectionVocabulary.Problems().IsMatch(folded))
            {
                continue;
            }

            last.Paragraphs.RemoveAt(last.Paragraphs.Count - 1);
            var problems = new SectionDraft { Structure = SectionKind.Problems };
            var item = new ItemDraft(null);
            item.Paragraphs.Add(paragraph);
            problems.Items.Add(item);
            sections.Insert(i + 1, problems);
            warnings.Add($"“{WarningText.Shorten(section.Heading)}”部分的最后一段讲存在的不足（“{WarningText.Shorten(paragraph)}”），已单列为“存在的不足和原因”部分，请核对。");
            return true;
        }

        return false;
    }
}
