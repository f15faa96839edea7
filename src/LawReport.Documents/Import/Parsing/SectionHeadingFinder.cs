using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Parsing;

/// <summary>The evidence a top-level heading was recognised by when it is not numbered 一、 (ADR-017).</summary>
internal enum HeadingEvidence
{
    /// <summary>第一部分, 第一章, 第一篇.</summary>
    PartNumber,

    /// <summary>Set off as a whole: bold, or a web page's h2–h4.</summary>
    Emphasis,

    /// <summary>一是, 二是 on short lines of their own.</summary>
    Enumeration,

    /// <summary>1. or 1、 on short lines of their own.</summary>
    ArabicNumber,

    /// <summary>A short line without numbering or closing punctuation that names one of the five parts.</summary>
    Vocabulary,
}

/// <summary>
/// Recognises top-level headings that are not numbered 一、 — most reports number them so, but many
/// are published as 第一部分/第一章, 一是, 1./1、, bold or h3 lines, or short unnumbered lines. It runs
/// only when the text has fewer than two 一、 (or heading-styled) lines, and takes the strongest kind
/// of evidence that gives at least two headings; each kind has a confidence (<see cref="Confidence"/>)
/// that caps the sections' confidence and is named in a warning.
/// </summary>
internal static partial class SectionHeadingFinder
{
    private const int LongestHeading = 40;
    private const int LongestUnnumberedHeading = 30;
    private const int TitleLines = 3;

    /// <summary>How sure a heading found by each kind of evidence is, whatever its kind of section.</summary>
    public static double Confidence(HeadingEvidence evidence) => evidence switch
    {
        HeadingEvidence.PartNumber => 0.95,
        HeadingEvidence.Emphasis => 0.85,
        HeadingEvidence.Enumeration => 0.75,
        HeadingEvidence.ArabicNumber => 0.75,
        _ => 0.6,
    };

    /// <summary>Marks the headings found in <paramref name="lines"/>; returns the evidence used, or null when there was no need or none.</summary>
    public static HeadingEvidence? Find(IReadOnlyList<Line> lines, List<string> warnings)
    {
        if (lines.Count(l => l.IsSectionHeading) >= 2)
        {
            return null;
        }

        foreach (var evidence in Enum.GetValues<HeadingEvidence>())
        {
            var found = new List<(Line Line, int NumberLength)>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!MayBeHeading(lines, i))
                {
                    continue;
                }

                if (Match(lines[i], evidence) is { } numberLength)
                {
                    found.Add((lines[i], numberLength));
                }
            }

            if (found.Count < 2 || (evidence is HeadingEvidence.ArabicNumber or HeadingEvidence.Enumeration && !found.Any(f => SectionClassifier.NamesAPart(f.Line.Folded))))
            {
                continue;
            }

            foreach (var (line, numberLength) in found)
            {
                line.PromoteToSection(evidence, numberLength);
            }

            warnings.Add($"原文的大标题不是“一、”形式，已按{Describe(evidence)}识别出{found.Count}个部分标题（把握{Confidence(evidence) * 100:0}%），请核对。");
            return evidence;
        }

        return null;
    }

    /// <summary>The length of the numbering to strip when the line is a heading by <paramref name="evidence"/>; null when it is not.</summary>
    private static int? Match(Line line, HeadingEvidence evidence)
    {
        var text = line.Normalized;
        switch (evidence)
        {
            case HeadingEvidence.PartNumber:
                return PartNumber().Match(text) is { Success: true } part && text.Length - part.Length <= LongestHeading ? part.Length : null;
            case HeadingEvidence.Emphasis:
                return line.Hint == LineHint.Emphasized && line.Number is null or { Style: Domain.Reports.NumberingStyle.Section }
                    && text.Length <= LongestHeading * 2 && !line.EndsSentence
                    ? 0
                    : null;
            case HeadingEvidence.Enumeration:
                return Enumeration().Match(text) is { Success: true } point && IsShortHeading(text[point.Length..], LongestHeading) ? point.Length : null;
            case HeadingEvidence.ArabicNumber:
                return ArabicNumber().Match(text) is { Success: true } number && IsShortHeading(text[number.Length..], LongestHeading) ? number.Length : null;
            default:
                return line.Number is null && IsShortHeading(text, LongestUnnumberedHeading) && SectionClassifier.NamesAPart(line.Folded) ? 0 : null;
        }
    }

    /// <summary>Not the title, the addressee or the ending, and not an item heading numbered （一）.</summary>
    private static bool MayBeHeading(IReadOnlyList<Line> lines, int index)
    {
        var line = lines[index];
        var folded = line.Folded;
        return line.Hint is not (LineHint.Title or LineHint.Item)
            && !(index < TitleLines && ReportName().IsMatch(folded)) && !(index == 0 && folded.Contains("总结", StringComparison.Ordinal))
            && !line.Normalized.EndsWith('：') && !EndingWords().IsMatch(folded) && DateReader.DateLine(line.Text) is null
            && line.Number is not { Style: Domain.Reports.NumberingStyle.Item or Domain.Reports.NumberingStyle.ArabicParenthesized };
    }

    /// <summary>A heading on a line of its own: short, no full stop, no closing comma or colon.</summary>
    private static bool IsShortHeading(string text, int longest) =>
        text.Length is >= 2 and var length && length <= longest && !text.Contains('。') && !"，；：、".Contains(text[^1])
        && LineNormalizer.ContainsIdeograph(text);

    private static string Describe(HeadingEvidence evidence) => evidence switch
    {
        HeadingEvidence.PartNumber => "“第一部分”“第一章”式的编号",
        HeadingEvidence.Emphasis => "加粗或标题格式的独立短行",
        HeadingEvidence.Enumeration => "“一是”“二是”开头的独立短行",
        HeadingEvidence.ArabicNumber => "“1.”“1、”式编号的独立短行",
        _ => "不带编号、没有句末标点且含有“举措”“不足”“安排”等词的短行",
    };

    [GeneratedRegex(@"^第[一二三四五六七八九十]+(?:部分|章|篇)[、，：\s]*")]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"^[一二三四五六七八九十]+是[：，\s]*")]
    private static partial Regex Enumeration();

    /// <summary>1. or 1、, also right before a year (1.2023年…), which a decimal number never is.</summary>
    [GeneratedRegex(@"^\d{1,2}\s*[、.．](?:(?!\d)|(?=\d{4}年))\s*")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex("报告")]
    private static partial Regex ReportName();

    [GeneratedRegex(@"^(?:特此|专此|谨此)报告|^（.*(?:此件|公开|发布).*）$")]
    private static partial Regex EndingWords();
}
