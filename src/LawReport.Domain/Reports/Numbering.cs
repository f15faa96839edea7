using System.Text.RegularExpressions;

namespace LawReport.Domain.Reports;

/// <summary>
/// The numbering of official documents: 一、 for sections and （一） for items. It is generated from
/// positions, never typed, so a report that is reordered stays correctly numbered.
/// </summary>
public static partial class Numbering
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>一, 二 … 十, 十一 … 九十九 (larger numbers fall back to Arabic digits).</summary>
    public static string ChineseNumeral(int number) => number switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(number), number, "Numbering starts at 1."),
        < 10 => Digits[number].ToString(),
        10 => "十",
        < 20 => "十" + Digits[number % 10],
        < 100 => Digits[number / 10] + "十" + (number % 10 == 0 ? "" : Digits[number % 10].ToString()),
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The label of a top-level heading: 一、</summary>
    public static string SectionLabel(int position) => ChineseNumeral(position) + "、";

    /// <summary>The label of a second-level (run-in) heading: （一）</summary>
    public static string ItemLabel(int position) => "（" + ChineseNumeral(position) + "）";

    /// <summary>
    /// Removes numbering a user typed or a source carried at the start of a heading: 一、 （一） (一)
    /// 1、 1. （1） 第一， — so the generated numbering is not doubled.
    /// </summary>
    public static string StripLeading(string heading) => LeadingNumber().Replace(heading, "", 1).TrimStart();

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十百〇零]+\s*[)）]|[（(]\s*\d{1,3}\s*[)）]|[一二三四五六七八九十百]+\s*[、，,．.]|\d{1,3}\s*[、，,．.](?!\d)|第[一二三四五六七八九十]+[，,、])\s*")]
    private static partial Regex LeadingNumber();
}
