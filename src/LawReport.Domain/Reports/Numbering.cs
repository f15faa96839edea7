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

    /// <summary>The value of a numeral <see cref="ChineseNumeral"/> writes (一 … 九十九); null if it is not one.</summary>
    public static int? ChineseNumeralValue(string numeral)
    {
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return numeral.Length == 1 ? PositiveDigit(numeral[0]) : null;
        }

        if (ten > 1 || numeral.Length > ten + 2)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : PositiveDigit(numeral[0]);
        var units = ten == numeral.Length - 1 ? 0 : PositiveDigit(numeral[ten + 1]);
        return tens * 10 + units;

        static int? PositiveDigit(char c) => Digits.IndexOf(c, StringComparison.Ordinal) is > 0 and var value ? value : null;
    }

    /// <summary>The label of a top-level heading: 一、</summary>
    public static string SectionLabel(int position) => ChineseNumeral(position) + "、";

    /// <summary>The label of a second-level (run-in) heading: （一）</summary>
    public static string ItemLabel(int position) => "（" + ChineseNumeral(position) + "）";

    /// <summary>
    /// Removes numbering a user typed or a source carried at the start of a heading: 一、 （一） (一)
    /// 1、 1. （1） 第一， — so the generated numbering is not doubled.
    /// </summary>
    public static string StripLeading(string heading) => LeadingNumber().Replace(heading, "", 1).TrimStart();

    /// <summary>
    /// Reads the numbering a source line starts with: its style, its value (null when the number was
    /// lost, as in a source's “（）”) and how many characters it takes, including the spaces after it.
    /// </summary>
    public static LeadingNumbering? ParseLeading(string text)
    {
        var match = LeadingNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (style, group) = match.Groups["item"].Success ? (NumberingStyle.Item, "item")
            : match.Groups["arabicParenthesized"].Success ? (NumberingStyle.ArabicParenthesized, "arabicParenthesized")
            : match.Groups["section"].Success ? (NumberingStyle.Section, "section")
            : match.Groups["arabic"].Success ? (NumberingStyle.Arabic, "arabic")
            : (NumberingStyle.Ordinal, "ordinal");
        var digits = match.Groups[group].Value;
        int? value = digits.Length == 0 ? null
            : char.IsAsciiDigit(digits[0]) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : ChineseNumeralValue(digits);
        return new LeadingNumbering(style, value, match.Length);
    }

    [GeneratedRegex(@"^\s*(?:[（(]\s*(?<item>[一二三四五六七八九十百〇零]*)\s*[)）]|[（(]\s*(?<arabicParenthesized>\d{1,3})\s*[)）]|(?<section>[一二三四五六七八九十百]+)\s*[、，,．.]|(?<arabic>\d{1,3})\s*[、，,．.](?!\d)|第(?<ordinal>[一二三四五六七八九十]+)[，,、])\s*")]
    private static partial Regex LeadingNumber();
}

/// <summary>The forms numbering takes in a source, from the top level down.</summary>
public enum NumberingStyle
{
    /// <summary>一、</summary>
    Section,

    /// <summary>（一）</summary>
    Item,

    /// <summary>1、 or 1.</summary>
    Arabic,

    /// <summary>（1）</summary>
    ArabicParenthesized,

    /// <summary>第一，</summary>
    Ordinal,
}

/// <summary>The numbering at the start of a line: its style, its value when readable, its length.</summary>
public readonly record struct LeadingNumbering(NumberingStyle Style, int? Value, int Length);
