using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Decides each section's kind (PRODUCT.md §1) from evidence, and how sure it is (docs/decisions/ADR-007):
/// the heading's words weigh most, then what the structure implies for a section the parser added,
/// then the content; a heading that says nothing about its kind continues the kind before it (a
/// topical list of work done is all 举措). Confidence grows with the lead of the best kind over the
/// next: a clear heading gives about 0.9, a vague one 0.6, position alone 0.5 or less.
/// </summary>
internal static class SectionClassifier
{
    /// <summary>Below this a person should check the kind.</summary>
    public const double Unsure = ImportResult.UnsureConfidence;

    private const double MaxScore = 7;
    private const double StructureWeight = 2;
    private const double PositionWeight = 1.5;
    private const double NextYearInHeadingWeight = 6;
    private const double ReportedYearInHeadingWeight = 0.5;

    private static readonly (SectionKind Kind, double Weight, string[] Words)[] HeadingCues =
    [
        (SectionKind.Other, 6, ["其他需要报告", "其它需要报告", "其他事项", "其他有关情况", "其他情况"]),
        (SectionKind.Other, 2, ["其他", "其它"]),
        (SectionKind.LeaderDuties, 4, ["第一责任人", "主要负责人", "负责人履行", "主要领导履行", "负责同志履行"]),
        (SectionKind.LeaderDuties, 2, ["履行推进法治建设", "履职情况", "述法"]),
        (SectionKind.Problems, 4, ["不足", "差距", "短板", "薄弱", "存在的问题", "存在问题"]),
        (SectionKind.Problems, 2, ["问题", "困难"]),
        (SectionKind.Problems, 1, ["整改"]),
        (SectionKind.NextYearPlans, 4, ["安排", "打算", "计划", "思路", "下一年", "下一步", "明年", "今后", "展望"]),
        (SectionKind.Measures, 4, ["举措", "措施", "成效", "主要工作", "工作总结", "总结", "做法", "成绩", "进展"]),
        (SectionKind.Measures, 1, ["落实情况", "开展情况", "工作情况"]),
    ];

    /// <summary>Whether a heading names one of the five parts by the words that weigh most (举措, 不足, 第一责任人, 安排…).</summary>
    public static bool NamesAPart(string folded) =>
        HeadingCues.Any(cue => cue.Weight >= 4 && cue.Words.Any(w => folded.Contains(w, StringComparison.Ordinal)));

    public static void Classify(IReadOnlyList<SectionDraft> sections, int? year)
    {
        SectionKind? previous = null;
        foreach (var section in sections)
        {
            var scores = new Scores();
            var headingSpeaks = AddHeadingEvidence(scores, ChineseVariants.Fold(section.Heading), year);
            AddContentEvidence(scores, section, year);
            if (section.Structure is { } structure)
            {
                scores.Add(structure, StructureWeight);
            }
            else if (!headingSpeaks)
            {
                scores.Add(previous ?? SectionKind.Measures, PositionWeight);
            }

            var ranked = SectionKinds.All.OrderByDescending(scores.Of).ToList();
            section.Kind = ranked[0];
            section.Confidence = Confidence(scores.Of(ranked[0]) - scores.Of(ranked[1]));
            if (section.HeadingLine?.Promoted is { } evidence)
            {
                // A heading found without 一、 may not be a heading at all: the section is no surer than that.
                section.Confidence = Math.Min(section.Confidence, SectionHeadingFinder.Confidence(evidence));
            }
            previous = section.Kind;
        }
    }

    /// <summary>0 when two kinds are equally likely, approaching 1 as the lead grows (0.49 at 1, 0.86 at 3).</summary>
    private static double Confidence(double lead) => Math.Round(Math.Clamp(1 - Math.Exp(-lead / 1.5), 0.05, 0.97), 2);

    private static bool AddHeadingEvidence(Scores scores, string heading, int? year)
    {
        var speaks = false;
        foreach (var (kind, weight, words) in HeadingCues)
        {
            if (words.Any(w => heading.Contains(w, StringComparison.Ordinal)))
            {
                scores.Add(kind, weight);
                speaks = true;
            }
        }

        if (year is { } reported)
        {
            if (heading.Contains($"{reported + 1}年", StringComparison.Ordinal))
            {
                scores.Add(SectionKind.NextYearPlans, NextYearInHeadingWeight);
                speaks = true;
            }
            else if (heading.Contains($"{reported}年", StringComparison.Ordinal))
            {
                scores.Add(SectionKind.Measures, ReportedYearInHeadingWeight);
            }
        }

        return speaks;
    }

    private static void AddContentEvidence(Scores scores, SectionDraft section, int? year)
    {
        var text = section.FoldedText;
        var problemWords = SectionVocabulary.Problems().Count(text);
        var perHundredCharacters = problemWords * 100.0 / Math.Max(text.Length, 1);
        if (problemWords >= 2 && perHundredCharacters >= 0.5)
        {
            scores.Add(SectionKind.Problems, perHundredCharacters switch { >= 2 => 2.5, >= 1 => 1.5, _ => 1 });
        }

        var opening = ChineseVariants.Fold(section.Items.Select(i => i.Heading ?? i.Paragraphs.FirstOrDefault()).FirstOrDefault() ?? "");
        if ((year is { } reported && opening.StartsWith($"{reported + 1}年", StringComparison.Ordinal)) || SectionVocabulary.LooksAhead().IsMatch(opening))
        {
            scores.Add(SectionKind.NextYearPlans, 1);
        }

        if (text.Contains("第一责任人", StringComparison.Ordinal))
        {
            scores.Add(SectionKind.LeaderDuties, 0.5);
        }
    }

    private sealed class Scores
    {
        private readonly double[] _byKind = new double[SectionKinds.All.Count + 1];

        public void Add(SectionKind kind, double weight) => _byKind[(int)kind] = Math.Min(MaxScore, _byKind[(int)kind] + weight);

        public double Of(SectionKind kind) => _byKind[(int)kind];
    }
}
