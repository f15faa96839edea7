using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Parsing;

/// <summary>What precedes the preamble: the title (and a date a web page prints beside it) and the addressee.</summary>
internal sealed record ReportHeader(string Title, DateOnly? TitleDate, string Addressee, int LineCount, IReadOnlyList<string> Skipped);

/// <summary>
/// Reads the title and the addressee from the top of a report. The title is one of the first lines:
/// a line that names a report (报告, 总结), or is styled as a title, or is followed directly by the
/// addressee or the first heading; a title Word split over two lines (XX局 / 关于…的报告) is joined.
/// The addressee is a short line ending with a colon (市政府：, 市委、市政府：).
/// </summary>
internal static partial class HeaderReader
{
    private const int TitleSearchLines = 3;
    private const int LongestTitle = 120;
    private const int LongestAddressee = 40;

    public static ReportHeader Read(IReadOnlyList<Line> lines, string? catalogueTitle)
    {
        var firstHeading = FirstSectionHeading(lines);
        var (title, titleDate, index) = ("", (DateOnly?)null, 0);
        var skipped = new List<string>();
        for (var k = 0; k < Math.Min(TitleSearchLines, firstHeading); k++)
        {
            if (IsAddressee(lines[k]))
            {
                break;
            }

            var (length, date) = SplitTitleDate(lines[k].Normalized);
            if (!IsTitle(lines, k, lines[k].Normalized[..length]))
            {
                continue;
            }

            var text = lines[k].Text[..length];
            var joined = k > 0 && ContinuesTitle(lines[k - 1], text);
            title = joined ? lines[k - 1].Text + text : text;
            titleDate = date;
            skipped.AddRange(lines.Take(joined ? k - 1 : k).Select(l => l.Text));
            index = k + 1;
            break;
        }

        if (title.Length == 0 && catalogueTitle is not null)
        {
            title = catalogueTitle;
        }

        while (index < firstHeading && title.Length > 0 && lines[index].Text == title)
        {
            index++;
        }

        var addressee = "";
        if (index < firstHeading && IsAddressee(lines[index]))
        {
            addressee = lines[index].Text[..^1].TrimEnd();
            index++;
        }

        return new ReportHeader(title, titleDate, addressee, index, skipped);
    }

    public static int FirstSectionHeading(IReadOnlyList<Line> lines)
    {
        var index = 0;
        while (index < lines.Count && !lines[index].IsSectionHeading)
        {
            index++;
        }

        return index;
    }

    /// <summary>A short line ending with a colon (full-width once normalised); the colon is not part of the addressee.</summary>
    public static bool IsAddressee(Line line) =>
        line.Normalized.EndsWith('：') && line.Text.Length <= LongestAddressee && line.Number is null
        && !line.Normalized.Contains('。') && LineNormalizer.ContainsIdeograph(line.Text);

    /// <param name="lines">The report's lines.</param>
    /// <param name="index">The line that may be the title.</param>
    /// <param name="text">Its normalised text without a date beside it.</param>
    private static bool IsTitle(IReadOnlyList<Line> lines, int index, string text)
    {
        var line = lines[index];
        if (line.Number is not null || line.Hint is LineHint.Section or LineHint.Item
            || text.Length is < 4 or > LongestTitle || text.Contains('。') || "：，；".Contains(text[^1]))
        {
            return false;
        }

        var next = index + 1 < lines.Count ? lines[index + 1] : null;
        return line.Hint == LineHint.Title
            || NamesAReport().IsMatch(line.Folded)
            || (next is not null && (IsAddressee(next) || next.IsSectionHeading));
    }

    /// <summary>The first half of a two-line title: a short name followed by 关于… or 2020年度….</summary>
    private static bool ContinuesTitle(Line previous, string title) =>
        previous.Number is null && previous.Text.Length <= 30 && !previous.Normalized.Any(c => "。，：；".Contains(c))
        && TitleSecondLine().IsMatch(title);

    /// <summary>Finds a date a web page prints after the title (报告 ( 2020.12.10 )): the title's length without it, and the date.</summary>
    private static (int TitleLength, DateOnly? Date) SplitTitleDate(string text)
    {
        var match = TrailingDate().Match(text);
        return match.Success && DateReader.Leading(match.Groups["date"].Value) is { } date
            ? (text[..match.Index].TrimEnd().Length, date)
            : (text.Length, null);
    }

    [GeneratedRegex("报告|总结|工作情况")]
    private static partial Regex NamesAReport();

    [GeneratedRegex(@"^(?:关于|\d{4}\s*年)")]
    private static partial Regex TitleSecondLine();

    [GeneratedRegex(@"\s*[（(【\[]\s*(?<date>\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2})\s*日?\s*[)）】\]]\s*$")]
    private static partial Regex TrailingDate();
}
