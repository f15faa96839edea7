using System.Text;
using System.Text.RegularExpressions;

namespace LawReport.Documents.Layout;

/// <summary>
/// The punctuation of an official document (GB/T 15834), applied when the text is set, never to the stored
/// text (ADR-007 keeps that faithful to its source; ADR-015): half-width , ; : ? ! ( ) next to Chinese
/// text become full-width, ASCII " and ' become paired Chinese quotes, &lt; &gt; around a title inside 《》
/// become 〈〉, and a space between two Chinese characters (a pasting artefact) is dropped. Numbers
/// (2,345.67万元, 12:30), Latin text, URLs and e-mail addresses stay as written.
/// </summary>
public static class OfficialPunctuation
{
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most paragraphs hold no mark to change: they are returned as they are, without a copy.
        if (text.AsSpan().IndexOfAny(Marks) < 0 || text.AsSpan().IndexOfAnyInRange('\u3000', '\u9FFF') < 0)
        {
            return text;
        }

        var links = Links.Find(text);
        var brackets = BracketPairs(text, links);
        var output = new StringBuilder(text.Length);
        var doubleOpen = false;
        var singleOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Links.Contains(links, i))
            {
                output.Append(c);
                continue;
            }

            var before = Before(output);
            var after = After(text, i);
            switch (c)
            {
                case ',' or ';' or ':' or '?' or '!' when IsChinese(before) || IsChinese(after):
                    AppendFullWidth(output, c switch { ',' => '，', ';' => '；', ':' => '：', '?' => '？', _ => '！' });
                    i = SkipSpaces(text, i);
                    break;
                case '(' or ')' when brackets.TryGetValue(i, out var full):
                    if (full)
                    {
                        AppendFullWidth(output, c == '(' ? '（' : '）');
                        i = SkipSpaces(text, i);
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
                case '<' when IsChinese(after):
                    output.Append('〈');
                    break;
                case '>' when IsChinese(before):
                    output.Append('〉');
                    break;
                case '"':
                    output.Append(doubleOpen ? '”' : '“');
                    doubleOpen = !doubleOpen;
                    break;
                case '\'' when IsChinese(before) || IsChinese(after) || singleOpen:
                    output.Append(singleOpen ? '’' : '‘');
                    singleOpen = !singleOpen;
                    break;
                case ' ' when IsChinese(before) && IsChinese(after):
                    // Chinese text has no spaces between its characters: one there was pasted in.
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(",;:?!()\"'<> ");

    /// <summary>Ideographs, CJK and full-width punctuation, Chinese quotes and dashes.</summary>
    public static bool IsChinese(char c) =>
        c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3000' and <= '\u303F')
            or (>= '\uFF01' and <= '\uFF60') or (>= '\uD800' and <= '\uDFFF') or '“' or '”' or '‘' or '’' or '—' or '…' or '·';

    private static void AppendFullWidth(StringBuilder output, char mark)
    {
        while (output.Length > 0 && output[^1] == ' ')
        {
            output.Length--;
        }

        output.Append(mark);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i + 1 < text.Length && text[i + 1] == ' ')
        {
            i++;
        }

        return i;
    }

    private static char Before(StringBuilder output)
    {
        for (var i = output.Length - 1; i >= 0; i--)
        {
            if (output[i] != ' ')
            {
                return output[i];
            }
        }

        return '\0';
    }

    private static char After(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] != ' ')
            {
                return text[j];
            }
        }

        return '\0';
    }

    /// <summary>
    /// For each half-width bracket, whether it becomes full-width: a pair does when it stands next to
    /// Chinese text or holds some, so that (2015-2020年) becomes （2015-2020年） as a whole.
    /// </summary>
    private static Dictionary<int, bool> BracketPairs(string text, List<(int Start, int End)> links)
    {
        var result = new Dictionary<int, bool>();
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Links.Contains(links, i))
            {
                continue;
            }

            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')')
            {
                if (open.Count == 0)
                {
                    result[i] = IsChinese(Before(text, i)) || IsChinese(After(text, i));
                    continue;
                }

                var start = open.Pop();
                var full = IsChinese(Before(text, start)) || IsChinese(After(text, i)) || text.AsSpan(start, i - start).ContainsAny(ChineseText);
                result[start] = full;
                result[i] = full;
            }
        }

        foreach (var start in open)
        {
            result[start] = IsChinese(Before(text, start)) || IsChinese(After(text, start));
        }

        return result;
    }

    private static readonly System.Buffers.SearchValues<char> ChineseText = System.Buffers.SearchValues.Create(
        Enumerable.Range(0x3000, 0xA000 - 0x3000).Select(c => (char)c).ToArray());

    private static char Before(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (text[j] != ' ')
            {
                return text[j];
            }
        }

        return '\0';
    }
}

/// <summary>URLs and e-mail addresses in running text: set as written, broken only after / . - ? &amp; = @.</summary>
public static partial class Links
{
    /// <summary>The character ranges [Start, End) of the URLs and e-mail addresses in <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int, int)>();
        if (text.AsSpan().IndexOfAny('@', '/', 'w') < 0)
        {
            return spans;
        }

        foreach (Match match in LinkPattern().Matches(text))
        {
            // A sentence's own punctuation after a URL is not part of it.
            var value = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            if (value.Length > 0)
            {
                spans.Add((match.Index, match.Index + value.Length));
            }
        }

        return spans;
    }

    public static bool Contains(List<(int Start, int End)> spans, int index)
    {
        foreach (var (start, end) in spans)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>May a URL or e-mail address be broken between these two of its characters? Only after / . - ? &amp; = @, never inside //.</summary>
    public static bool CanBreakBetween(Rune before, Rune after) =>
        before.Value is '/' or '.' or '-' or '?' or '&' or '=' or '@' && !(before.Value == '/' && after.Value == '/');

    [GeneratedRegex(@"(?:(?:https?|ftp)://|www\.)[\x21-\x7E]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
