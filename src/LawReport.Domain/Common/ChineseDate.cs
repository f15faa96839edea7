using System.Globalization;

namespace LawReport.Domain.Common;

/// <summary>Dates as official documents write them: Arabic numerals, no zero padding (2024年12月25日).</summary>
public static class ChineseDate
{
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
