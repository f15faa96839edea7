using System.Text;
using LawReport.Domain.Common;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// Cleans one line of extracted text (control characters and indentation go, runs of spaces become
/// one) and gives the form structure is recognised in: half-width punctuation that is clearly Chinese
/// punctuation becomes full-width (<c>,</c> <c>:</c> <c>;</c> <c>(一)</c> between Chinese characters),
/// while numbers, times and Latin text keep theirs (<c>2015-2020</c>, <c>4.15</c>, <c>20:00</c>,
/// <c>1,000</c>). The report keeps the cleaned text as published; the normalised form only helps read it.
/// </summary>
internal static class LineNormalizer
{
    /// <summary>The line as published, without control characters, indentation and repeated spaces.</summary>
    public static string Clean(string raw)
    {
        var line = PlainText.Line(raw);
        return line.Length == 0 ? line : CollapseSpaces(line);
    }

    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static bool ContainsIdeograph(string text) => text.Any(IsIdeograph);

    /// <summary>Characters that only occur in Chinese text: ideographs, CJK and full-width punctuation, curly quotes.</summary>
    private static bool IsChinese(char c) =>
        IsIdeograph(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF') or (>= '\u2018' and <= '\u201D') or '\u2026' or '\u2014';

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>The cleaned line with Chinese punctuation full-width; always as long as <paramref name="line"/>, character for character.</summary>
    public static string ChinesePunctuation(string line)
    {
        var chars = line.ToCharArray();
        ConvertPairs(line, chars, '(', ')', '（', '）');
        ConvertPairs(line, chars, '<', '>', '〈', '〉');
        for (var i = 0; i < line.Length; i++)
        {
            var (before, after) = (At(line, i - 1), At(line, i + 1));
            var chineseNeighbour = IsChinese(before) || IsChinese(after);
            chars[i] = line[i] switch
            {
                ',' when chineseNeighbour && !(char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) => '，',
                ';' when chineseNeighbour => '；',
                '!' when IsChinese(before) => '！',
                '?' when IsChinese(before) => '？',
                ':' when IsChinese(before) || (IsChinese(after) && !char.IsAsciiLetterOrDigit(before)) => '：',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>
    /// A bracket pair is Chinese when it holds Chinese text or touches it: 案(事)件, 纲要(2015-2020年),
    /// 规划(2024-2028); "APEC (Asia-Pacific)" stays as it is. Angle brackets (titles inside 《》) only
    /// when they hold Chinese and nothing that looks like markup.
    /// </summary>
    private static void ConvertPairs(string line, char[] chars, char open, char close, char chineseOpen, char chineseClose)
    {
        var opened = new Stack<int>();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == open)
            {
                opened.Push(i);
            }
            else if (line[i] == close && opened.Count > 0)
            {
                var start = opened.Pop();
                var inside = line.AsSpan(start + 1, i - start - 1);
                var holdsChinese = inside.ContainsAnyInRange('\u4E00', '\u9FFF');
                var isChinese = open == '('
                    ? holdsChinese || IsChinese(At(line, start - 1)) || IsChinese(At(line, i + 1))
                    : holdsChinese && !inside.ContainsAny("<>=/\"");
                if (isChinese)
                {
                    chars[start] = chineseOpen;
                    chars[i] = chineseClose;
                }
            }
        }
    }

    private static char At(string line, int index) => index >= 0 && index < line.Length ? line[index] : '\0';
}
