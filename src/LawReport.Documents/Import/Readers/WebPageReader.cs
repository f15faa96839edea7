using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// The visible text of a saved web page, one line per block: what a reader sees in the browser,
/// without scripts, styles, navigation, page headers and footers, forms or hidden elements.
/// AngleSharp parses the page as a browser would (it is framework-free); this class only decides
/// what is visible and where lines break.
/// </summary>
internal static partial class WebPageReader
{
    /// <summary>Elements whose content is never part of the article.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "nav", "aside", "button", "select", "option", "textarea", "input", "map", "audio", "video", "dialog",
    };

    /// <summary>Page chrome unless it belongs to the article itself (an article's own header holds its title).</summary>
    private static readonly HashSet<string> ChromeOutsideArticle = new(StringComparer.Ordinal) { "header", "footer" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "complementary",
    };

    /// <summary>Elements that start and end a line.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "body", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "header", "footer", "caption", "form", "fieldset", "legend",
    };

    public static DecodedText ReadText(ReadOnlySpan<byte> bytes) => TextDecoder.Decode(bytes, DeclaredCharset(bytes));

    /// <summary>
    /// Real pages nest a few dozen elements deep. The HTML parser's work grows with the square of the
    /// depth (20 000 nested &lt;div&gt; take seconds, a 20 MB file of them hours), so deeper pages are refused.
    /// </summary>
    public const int MaxNestingDepth = 2_000;

    /// <summary>Elements that never hold content or that a parser closes by itself; they do not count towards the depth.</summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>The visible lines of the page.</summary>
    public static IReadOnlyList<SourceLine> Read(string html)
    {
        if (NestingDepth(html) > MaxNestingDepth)
        {
            throw new ImportException($"网页的结构异常（元素嵌套超过 {MaxNestingDepth} 层），无法读取。请另存为文本（.txt）后再导入。");
        }

        var document = new HtmlParser().ParseDocument(html);
        var lines = new LineCollector();
        if (document.Body is { } body)
        {
            Walk(body, lines);
        }

        return lines.Finish();
    }

    /// <summary>Depth-first without recursion, so a maliciously deep page cannot overflow the stack.</summary>
    private static void Walk(INode root, LineCollector lines)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                if (Blocks.Contains(((IElement)node).LocalName))
                {
                    lines.Break();
                }

                continue;
            }

            if (node is IText text)
            {
                lines.Append(text.Data, preformatted: text.ParentElement?.Closest("pre") is not null);
                continue;
            }

            if (node is not IElement element || IsHidden(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (name is "br")
            {
                lines.Break();
                continue;
            }

            if (Blocks.Contains(name))
            {
                lines.Break();
            }
            else if (name is "td" or "th")
            {
                lines.Append(" ", preformatted: false);
            }

            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    /// <summary>The deepest nesting of start and end tags, counted without parsing (an upper bound for unclosed tags).</summary>
    private static int NestingDepth(string html)
    {
        var (depth, deepest) = (0, 0);
        var notNesting = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in Tag().EnumerateMatches(html))
        {
            var tag = html.AsSpan(match.Index, match.Length);
            if (notNesting.Contains(tag.TrimStart("</")))
            {
                continue;
            }

            depth = tag[1] == '/' ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static bool IsHidden(IElement element)
    {
        var name = element.LocalName;
        if (Dropped.Contains(name)
            || (ChromeOutsideArticle.Contains(name) && element.ParentElement?.Closest("article, main") is null)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)))
        {
            return true;
        }

        return element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    /// <summary>The charset a page declares in its first bytes (&lt;meta charset="gbk"&gt;), if any.</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>The start of a start or end tag, up to its name: &lt;div, &lt;/div.</summary>
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*")]
    private static partial Regex Tag();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>Collects text into lines, collapsing white space as a browser does.</summary>
    private sealed class LineCollector
    {
        private readonly List<SourceLine> _lines = [];
        private readonly StringBuilder _current = new();

        public void Append(string text, bool preformatted)
        {
            if (preformatted)
            {
                var parts = text.Replace("\r\n", "\n").Split('\n');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        Break();
                    }

                    _current.Append(parts[i]);
                }

                return;
            }

            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_current.Length > 0 && _current[^1] != ' ')
                    {
                        _current.Append(' ');
                    }
                }
                else
                {
                    _current.Append(c);
                }
            }
        }

        public void Break()
        {
            var line = _current.ToString().Trim();
            _current.Clear();
            if (line.Length > 0)
            {
                _lines.Add(new SourceLine(line));
            }
        }

        public IReadOnlyList<SourceLine> Finish()
        {
            Break();
            return _lines;
        }
    }
}
