using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Parsing;

/// <summary>What follows the last section: closing formula, signature, date written, note.</summary>
internal sealed record ReportEnding(string? Closing, string Signature, DateOnly? DateWritten, string Note, int LineCount);

/// <summary>
/// Reads the end of a report backwards, in the order GB/T 9704 prints it: 特此报告, the signature
/// (发文机关署名), the date (成文日期) and the note (附注, （此件公开发布）). Each is optional; reading stops
/// at the first line that is none of them.
/// </summary>
internal static partial class EndingReader
{
    private const int LongestSignature = 30;

    /// <param name="lines">All lines of the report.</param>
    /// <param name="start">The first line that may belong to the ending (after the header).</param>
    public static ReportEnding Read(IReadOnlyList<Line> lines, int start)
    {
        var index = lines.Count - 1;
        var note = "";
        if (index >= start && IsNote(lines[index]))
        {
            note = lines[index--].Text;
        }

        DateOnly? date = null;
        if (index >= start && DateReader.DateLine(lines[index].Text) is { } written)
        {
            date = written;
            index--;
        }

        var signature = "";
        if (index >= start && IsSignature(lines[index], hasDate: date is not null, followsClosing: index > start && IsClosing(lines[index - 1])))
        {
            signature = lines[index--].Text;
        }

        string? closing = null;
        if (index >= start && IsClosing(lines[index]))
        {
            closing = lines[index--].Text;
        }

        return new ReportEnding(closing, signature, date, note, lines.Count - 1 - index);
    }

    private static bool IsNote(Line line) => Note().IsMatch(line.Folded);

    private static bool IsClosing(Line line) => Closing().IsMatch(line.Folded);

    /// <summary>
    /// A signature is a short name without punctuation, recognised by what surrounds it (a date below,
    /// 特此报告 above) or by ending like an organisation's name (…办公室, …局, 市外办).
    /// </summary>
    private static bool IsSignature(Line line, bool hasDate, bool followsClosing) =>
        line.Number is null && !line.IsSectionHeading && line.Text.Length is >= 2 and <= LongestSignature
        && !line.Normalized.Any(c => "。，；：！？".Contains(c)) && LineNormalizer.ContainsIdeograph(line.Text)
        && (hasDate || followsClosing || OrganisationName().IsMatch(line.Folded));

    [GeneratedRegex(@"^（[^（）]{0,28}(?:此件|公开|发布|印发)[^（）]{0,28}）$")]
    private static partial Regex Note();

    [GeneratedRegex(@"^(?:特此|专此|谨此)报告[。！]?$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?:办公室|办|局|委员会|委|厅|院|政府|中心|处|所|署|站|队|司|馆|党组|小组|公司|集团)$")]
    private static partial Regex OrganisationName();
}
