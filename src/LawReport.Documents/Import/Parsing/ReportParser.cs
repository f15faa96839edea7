using System.Text.RegularExpressions;
using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>A report as parsed, with what a person should check.</summary>
internal sealed record ParsedReport(ReportDocument Report, IReadOnlyList<string> Warnings);

/// <summary>
/// Parses the lines of a published report into a <see cref="ReportDocument"/>: cleans the lines,
/// drops page chrome and collects disclosure metadata, then reads the header (title, addressee), the
/// ending (closing, signature, date, note), the sections and their items, classifies the sections and
/// derives what the report does not state (year, bureau). Every step that guesses says so in a warning.
/// </summary>
internal static partial class ReportParser
{
    private const int YearSearchLines = 3;

    /// <summary>More warnings than this are not read; a file that produces them needs looking at as a whole.</summary>
    private const int MaxWarnings = 30;

    public static ParsedReport Parse(IReadOnlyList<SourceLine> source)
    {
        var warnings = new List<string>();
        var metadata = new MetadataBuilder();
        var lines = Prepare(source, metadata);
        if (!lines.Any(l => LineNormalizer.ContainsIdeograph(l.Text)))
        {
            throw new ImportException("文件里没有中文正文，不像是一份法治政府建设年度报告。");
        }

        SectionHeadingFinder.Find(lines, warnings);
        var header = HeaderReader.Read(lines, metadata.Title);
        var ending = EndingReader.Read(lines, header.LineCount);
        var body = lines.Skip(header.LineCount).Take(lines.Count - header.LineCount - ending.LineCount).ToList();
        var dateWritten = ending.DateWritten ?? metadata.DateWritten;
        if (metadata.Disclosure.DatePublished is null && header.TitleDate is { } published)
        {
            metadata.Disclosure = metadata.Disclosure with { DatePublished = published };
        }

        var year = Year(header.Title, body, dateWritten, metadata.Disclosure.DatePublished, warnings);

        var outline = OutlineReader.Read(body, warnings);
        var sections = outline.Sections;
        foreach (var section in sections)
        {
            ItemReader.Read(section, warnings);
        }

        SectionClassifier.Classify(sections, year);
        if (ProblemsParagraph.TryExtract(sections, warnings))
        {
            SectionClassifier.Classify(sections, year);
        }

        SupplyMissingHeadings(sections, year, warnings);
        WarnAboutGaps(header, ending, body, sections, warnings);
        CrossCheckCatalogue(header.Title, ending.DateWritten, metadata, warnings);

        var report = new ReportDocument
        {
            Title = header.Title,
            Year = year,
            Bureau = Bureau(header.Title, ending.Signature, metadata.Disclosure.Publisher),
            Addressee = header.Addressee,
            Preamble = outline.Preamble,
            Sections = sections.Select(ToDocument).ToList(),
            Closing = ending.Closing is null ? [] : [ending.Closing],
            Signature = ending.Signature,
            DateWritten = dateWritten,
            Note = ending.Note,
            Metadata = metadata.Build(),
        };
        return new ParsedReport(report, Capped(warnings));
    }

    private static List<string> Capped(List<string> warnings) =>
        warnings.Count <= MaxWarnings
            ? warnings
            : [.. warnings.Take(MaxWarnings), $"另有 {warnings.Count - MaxWarnings} 条提示未列出，请对照原文整体检查。"];

    /// <summary>The non-empty lines without page chrome; metadata lines go into <paramref name="metadata"/>.</summary>
    private static List<Line> Prepare(IReadOnlyList<SourceLine> source, MetadataBuilder metadata)
    {
        var lines = new List<Line>(source.Count);
        foreach (var sourceLine in source)
        {
            foreach (var part in sourceLine.Text.Split('\n'))
            {
                if (Line.Read(part, sourceLine.Hint, sourceLine.RunInHeading) is { } line
                    && !PageChrome.IsChrome(line.Folded) && !DisclosureMetadataReader.TryRead(line, metadata))
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// The year reported on: the title says it (2020年度, 2023年); else the opening lines usually do
    /// (2024年，市外办…); else it is the year before the report was written or published, since reports
    /// are written at the end of the year or early in the next.
    /// </summary>
    private static int? Year(string title, List<Line> body, DateOnly? written, DateOnly? published, List<string> warnings)
    {
        if (FirstYear(title) is { } fromTitle)
        {
            return fromTitle;
        }

        var (year, from) = body.Take(YearSearchLines).Select(l => FirstYear(l.Text)).FirstOrDefault(y => y is not null) is { } opening
            ? (opening, "开头的文字")
            : written is { } date ? (date.Month >= 10 ? date.Year : date.Year - 1, "成文日期")
            : published is { } day ? (day.Month >= 7 ? day.Year : day.Year - 1, "发布日期")
            : ((int?)null, "");
        warnings.Add(year is null ? "没能确定报告是哪一年度的，请补上。" : $"标题里没有年度，已按{from}推定为{year}年度，请核对。");
        return year;
    }

    private static int? FirstYear(string text) =>
        YearPattern().Match(text) is { Success: true } match && int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1990 and <= 2999
            ? year
            : null;

    /// <summary>The bureau's fullest name: the title's (重庆市人民政府外事办公室关于…) or the signature's, else the publisher's.</summary>
    private static string? Bureau(string title, string signature, string? publisher)
    {
        var fromTitle = BureauInTitle().Match(ChineseVariants.Fold(title)) is { Success: true } match ? title[..match.Groups["bureau"].Length].Trim() : "";
        var fullest = fromTitle.Length >= signature.Length ? fromTitle : signature;
        return fullest.Length > 0 ? fullest : publisher;
    }

    private static void SupplyMissingHeadings(List<SectionDraft> sections, int? year, List<string> warnings)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Heading.Length == 0)
            {
                section.Heading = year is { } reported ? section.Kind.StandardHeading(reported) : section.Kind.Label();
                warnings.Add($"第{Numbering.ChineseNumeral(i + 1)}部分原文没有标题，已按类别补为“{section.Heading}”。");
            }
        }
    }

    private static void WarnAboutGaps(ReportHeader header, ReportEnding ending, List<Line> body, List<SectionDraft> sections, List<string> warnings)
    {
        if (header.Title.Length == 0)
        {
            warnings.Add("没有找到报告标题，请补上。");
        }

        if (header.Skipped.Count > 0)
        {
            warnings.Add($"标题之前的文字未导入：“{WarningText.Shorten(string.Join(" ", header.Skipped))}”。");
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (sections[i].Confidence < SectionClassifier.Unsure)
            {
                warnings.Add($"第{Numbering.ChineseNumeral(i + 1)}部分“{WarningText.Shorten(sections[i].Heading)}”的类别把握不大（{sections[i].Confidence * 100:0}%），暂定为“{sections[i].Kind.Label()}”，请核对。");
            }
        }

        var missing = SectionKinds.All.Where(k => k != SectionKind.Other && sections.All(s => s.Kind != k)).Select(k => k.Label()).ToList();
        if (sections.Count > 0 && missing.Count > 0)
        {
            warnings.Add($"没有识别出以下部分：{string.Join("、", missing)}。");
        }

        if (ending.Signature.Length == 0 && ending.DateWritten is null)
        {
            warnings.Add("原文末尾没有落款和成文日期。");
        }
        else if (ending.DateWritten is null)
        {
            warnings.Add("原文没有成文日期。");
        }

        if (ending.LineCount == 0 && body.Count > 0 && body[^1] is { EndsSentence: false, IsSectionHeading: false } last)
        {
            warnings.Add($"原文最后一段（“…{last.Text[Math.Max(0, last.Text.Length - 20)..]}”）没有结束标点，文件可能不完整。");
        }
    }

    /// <summary>
    /// The page's catalogue (信息名称/标题, 成文日期) describes the same report: where both say something and
    /// they differ, a person should see which is right (the catalogue fills only what the text lacks).
    /// </summary>
    private static void CrossCheckCatalogue(string title, DateOnly? signed, MetadataBuilder metadata, List<string> warnings)
    {
        static string Bare(string text) => WhiteSpace().Replace(ChineseVariants.Fold(LineNormalizer.ChinesePunctuation(text)), "");
        if (metadata.Title is { } listed && title.Length > 0 && Bare(listed) != Bare(title))
        {
            warnings.Add($"网页目录中的标题“{WarningText.Shorten(listed)}”与正文标题“{WarningText.Shorten(title)}”不同，请核对。");
        }

        if (metadata.DateWritten is { } catalogued && signed is { } date && catalogued != date)
        {
            warnings.Add($"网页目录中的成文日期（{catalogued:yyyy-MM-dd}）与落款日期（{date:yyyy-MM-dd}）不同，已采用落款日期，请核对。");
        }
    }

    private static DocumentSection ToDocument(SectionDraft section) => new()
    {
        Kind = section.Kind,
        Heading = section.Heading,
        Confidence = section.Confidence,
        Items = section.Items
            .Where(i => i.Heading is not null || i.Paragraphs.Count > 0)
            .Select(i => new DocumentItem { Heading = i.Heading, Paragraphs = i.Paragraphs.ToList() })
            .ToList(),
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?<year>\d{4})\s*年")]
    private static partial Regex YearPattern();

    /// <summary>What precedes 关于 or the year in a title is the bureau: 市外办2020年…, XX局关于2020年度….</summary>
    [GeneratedRegex(@"^(?<bureau>.+?)(?:关于|\d{4}\s*年)")]
    private static partial Regex BureauInTitle();
}
