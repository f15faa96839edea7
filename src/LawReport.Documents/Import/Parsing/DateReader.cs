using System.Globalization;
using System.Text.RegularExpressions;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Import.Parsing;

/// <summary>Reads dates as reports and web pages write them (the domain's ChineseDate formats them).</summary>
internal static partial class DateReader
{
    /// <summary>
    /// A line that is only a date as a document's 成文日期 is written: <c>2020年11月27日</c> or
    /// <c>二〇二〇年十一月二十七日</c>.
    /// </summary>
    public static DateOnly? DateLine(string line)
    {
        var arabic = ArabicDateLine().Match(line);
        if (arabic.Success)
        {
            return Create(Number(arabic, "year"), Number(arabic, "month"), Number(arabic, "day"));
        }

        var chinese = ChineseDateLine().Match(line);
        if (!chinese.Success)
        {
            return null;
        }

        var year = 0;
        foreach (var digit in chinese.Groups["year"].Value)
        {
            year = year * 10 + ("〇○零".Contains(digit) ? 0 : Numbering.ChineseNumeralValue(digit.ToString()) ?? 0);
        }

        return Create(year, Numbering.ChineseNumeralValue(chinese.Groups["month"].Value), Numbering.ChineseNumeralValue(chinese.Groups["day"].Value));
    }

    /// <summary>
    /// A date at the start of a value, as web pages and disclosure catalogues write it:
    /// <c>2022-03-21</c>, <c>2024-03-30 20:00</c>, <c>2020.12.10</c>, <c>2022/3/21</c>, <c>2022年03月21日</c>.
    /// </summary>
    public static DateOnly? Leading(string value)
    {
        var match = LeadingDate().Match(value);
        return match.Success ? Create(Number(match, "year"), Number(match, "month"), Number(match, "day")) : null;
    }

    private static DateOnly? Create(int? year, int? month, int? day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day.Value)
            : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日$")]
    private static partial Regex ArabicDateLine();

    [GeneratedRegex(@"^(?<year>[〇○零一二三四五六七八九]{4})年(?<month>[一二三四五六七八九十]{1,2})月(?<day>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex ChineseDateLine();

    [GeneratedRegex(@"^\s*(?<year>\d{4})\s*[-./年]\s*(?<month>\d{1,2})\s*[-./月]\s*(?<day>\d{1,2})(?!\d)")]
    private static partial Regex LeadingDate();
}
