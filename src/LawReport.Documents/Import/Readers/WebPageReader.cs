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

    /// <param name="bytes">The page.</param>
    /// <param name="charset">The charset declared outside the page (an HTTP or MIME header), which its own meta tag may not repeat.</param>
    public static DecodedText ReadText(ReadOnlySpan<byte> bytes, string? charset = null) => TextDecoder.Decode(bytes, charset ?? DeclaredCharset(bytes));

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

    /// <summary>
    /// The visible lines of the page's article: found by its content (<see cref="WebArticle"/>), with the
    /// disclosure metadata lines of the whole page before it.
    /// </summary>
    public static IReadOnlyList<SourceLine> Read(string html) => WebArticle.Select(ReadAll(html));

    /// <summary>Every visible line of the page, each with the block element it was written in.</summary>
    internal static IReadOnlyList<PageLine> ReadAll(string html)
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
    private static void Walk(IElement root, LineCollector lines)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        lines.Enter(root);
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                var left = (IElement)node;
                if (Blocks.Contains(left.LocalName))
                {
                    lines.Break();
                    lines.Leave();
                }
                else if (left.LocalName is "td" or "th" && IsMetadataKeyCell(left))
                {
                    // A catalogue table often writes its keys without a colon (索引号 | 014109568/…).
                    lines.Append("：", preformatted: false, LineHint.None);
                }

                continue;
            }

            if (node is IText text)
            {
                lines.Append(text.Data, preformatted: text.ParentElement?.Closest("pre") is not null, Emphasis(text.ParentElement));
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
                lines.Enter(element);
            }
            else if (name is "td" or "th")
            {
                lines.Append(" ", preformatted: false, LineHint.None);
            }

            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    /// <summary>
    /// How a text is set off: in a heading element or bold (b, strong, font-weight). A line set off
    /// as a whole is heading evidence for the parser (<see cref="LineHint.Emphasized"/>); the page's h1
    /// is the title's evidence.
    /// </summary>
    private static LineHint Emphasis(IElement? parent) =>
        parent is null ? LineHint.None
        : parent.Closest("h1") is not null ? LineHint.Title
        : parent.Closest("h2, h3, h4, b, strong") is not null || parent.Closest("[style]") is { } styled && BoldStyle().IsMatch(styled.GetAttribute("style") ?? "")
            ? LineHint.Emphasized
            : LineHint.None;

    private static bool IsMetadataKeyCell(IElement cell)
    {
        var text = cell.TextContent.Trim();
        return text.Length is > 0 and <= 12 && !text.EndsWith('：') && !text.EndsWith(':')
            && Parsing.DisclosureMetadataReader.IsKey(text);
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
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 16384)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    /// <summary>The start of a start or end tag, up to its name: &lt;div, &lt;/div.</summary>
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*")]
    private static partial Regex Tag();

    [GeneratedRegex(@"font-weight\s*:\s*(?:bold|[6-9]00)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldStyle();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    /// <summary>
    /// Collects text into lines, collapsing white space as a browser does, and remembers for each line
    /// the block element it started in and whether all of it was set off (bold, a heading).
    /// </summary>
    private sealed class LineCollector
    {
        private readonly List<PageLine> _lines = [];
        private readonly StringBuilder _current = new();
        private readonly Stack<IElement> _blocks = new();
        private IElement? _lineBlock;
        private LineHint? _lineHint;

        public void Enter(IElement block) => _blocks.Push(block);

        public void Leave() => _blocks.TryPop(out _);

        public void Append(string text, bool preformatted, LineHint hint)
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

                    Add(parts[i], hint);
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
                    Add(c.ToString(), hint);
                }
            }
        }

        private void Add(string text, LineHint hint)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_current.Length == 0 || _lineBlock is null)
            {
                _lineBlock = _blocks.TryPeek(out var block) ? block : null;
            }

            // Punctuation and spaces do not decide whether a line is set off; words do.
            if (text.Any(char.IsLetterOrDigit))
            {
                _lineHint = _lineHint is null || _lineHint == hint ? hint : LineHint.None;
            }

            _current.Append(text);
        }

        public void Break()
        {
            var line = _current.ToString().Trim();
            _current.Clear();
            if (line.Length > 0 && _lineBlock is not null)
            {
                _lines.Add(new PageLine(line, _lineBlock, _lineHint ?? LineHint.None));
            }

            _lineBlock = null;
            _lineHint = null;
        }

        public IReadOnlyList<PageLine> Finish()
        {
            Break();
            return _lines;
        }
    }
}

/// <summary>A visible line of a web page, the block element it was written in, and how it was set off.</summary>
internal sealed record PageLine(string Text, IElement Block, LineHint Hint);
