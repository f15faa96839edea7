using System.Text.RegularExpressions;
using AngleSharp.Dom;
using LawReport.Documents.Import.Parsing;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// Finds the report inside a whole government web page by its content, not by the page's tags: sites
/// build pages from tables, divs or Word exports, and few mark the article. The article is
/// <list type="number">
/// <item>the block that holds most of the page's running text (lines of sentences, weighed by length) —
/// the deepest element holding at least <see cref="ArticleShare"/> of it;</item>
/// <item>from the title: the nearest line above that names a report (报告, 总结), or the block's own
/// first lines — so menus, breadcrumbs and site banners above it are not read;</item>
/// <item>down to the block's end, cut at the first toolbar line after the last sentence (相关附件, 打印本页,
/// 上一篇, 分享到…), and extended by a signature, date or note written in a block of their own below it.</item>
/// </list>
/// The disclosure catalogue (索引号, 发布机构…) is read wherever it stands on the page: its lines go in
/// front of the article, where the parser collects them as metadata.
/// </summary>
internal static partial class WebArticle
{
    /// <summary>The share of the running text the article block holds; the rest is sidebars, notices and footers.</summary>
    private const double ArticleShare = 0.8;

    /// <summary>A line with at least this many characters and a comma or full stop is running text.</summary>
    private const int ShortestSentenceLine = 16;

    /// <summary>How far above the article block its title may stand (a metadata table and a toolbar fit in between).</summary>
    private const int TitleSearchLines = 40;

    private const int LongestTitle = 120;

    private const int LongestEndingLine = 30;

    private const int MostEndingLines = 4;

    public static IReadOnlyList<SourceLine> Select(IReadOnlyList<PageLine> lines)
    {
        var weights = new Dictionary<IElement, int>();
        var total = 0;
        foreach (var line in lines)
        {
            var weight = Weight(line.Text);
            total += weight;
            for (var element = line.Block; weight > 0 && element is not null; element = element.ParentElement)
            {
                weights[element] = weights.GetValueOrDefault(element) + weight;
            }
        }

        if (total == 0 || lines.Count == 0)
        {
            return lines.Select(l => new SourceLine(l.Text, l.Hint)).ToList();
        }

        var block = ArticleBlock(lines[0].Block.Owner!.Body!, weights, total);
        var first = IndexOf(lines, l => block.Contains(l.Block));
        var last = LastIndexOf(lines, l => block.Contains(l.Block));
        var start = TitleLine(lines, first) ?? first;
        var end = EndOfText(lines, start, last);
        if (end == last)
        {
            end = EndingBelow(lines, last);
        }

        var selected = new List<SourceLine>();
        selected.AddRange(lines.Where((l, i) => (i < start || i > end) && IsMetadata(l.Text)).Select(l => new SourceLine(l.Text)));
        selected.AddRange(lines.Skip(start).Take(end - start + 1).Select(l => new SourceLine(l.Text, l.Hint)));
        return selected;
    }

    /// <summary>Running text counts by its length; headings, menus, link lists and notices count nothing.</summary>
    private static int Weight(string text) =>
        text.Length >= ShortestSentenceLine && (text.Contains('。') || text.Contains('，') || text.Contains(',')) && LineNormalizer.ContainsIdeograph(text)
            ? text.Length
            : 0;

    private static IElement ArticleBlock(IElement body, Dictionary<IElement, int> weights, int total)
    {
        var block = body;
        while (block.Children.Where(weights.ContainsKey).MaxBy(c => weights[c]) is { } child && weights[child] >= ArticleShare * total)
        {
            block = child;
        }

        return block;
    }

    /// <summary>
    /// The title: a line naming a report (报告) among the block's first lines, else the nearest one above
    /// the block; only then a line naming a summary (总结, 工作情况), which may also be a section's heading.
    /// </summary>
    private static int? TitleLine(IReadOnlyList<PageLine> lines, int first)
    {
        foreach (var strong in new[] { true, false })
        {
            for (var i = first; i < Math.Min(lines.Count, first + 3); i++)
            {
                if (IsTitle(lines[i].Text, strong))
                {
                    return i;
                }
            }

            for (var i = first - 1; i >= Math.Max(0, first - TitleSearchLines); i--)
            {
                if (IsTitle(lines[i].Text, strong))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static bool IsTitle(string text, bool strong)
    {
        var folded = ChineseVariants.Fold(text);
        return text.Length is >= 6 and <= LongestTitle && !text.Contains('。')
            && (strong ? folded.Contains("报告", StringComparison.Ordinal) : NamesASummary().IsMatch(folded))
            && !IsMetadata(text) && !PageChrome.IsChrome(folded);
    }

    /// <summary>The block's last line, or the line before a toolbar line that follows the last sentence.</summary>
    private static int EndOfText(IReadOnlyList<PageLine> lines, int start, int last)
    {
        var lastSentence = LastIndexOf(lines, l => Weight(l.Text) > 0, last);
        for (var i = Math.Max(start, lastSentence + 1); i <= last; i++)
        {
            if (Tail().IsMatch(ChineseVariants.Fold(lines[i].Text)))
            {
                return i - 1;
            }
        }

        return last;
    }

    /// <summary>A closing, signature, date or note written in blocks of their own right below the article block.</summary>
    private static int EndingBelow(IReadOnlyList<PageLine> lines, int last)
    {
        var end = last;
        for (var i = last + 1; i < Math.Min(lines.Count, last + 1 + MostEndingLines); i++)
        {
            var text = ChineseVariants.Fold(lines[i].Text);
            var isEnding = DateReader.DateLine(text) is not null || EndingWords().IsMatch(text)
                || (text.Length <= LongestEndingLine && !text.Any(c => "。，；：:,;！？【】|>»".Contains(c)) && LineNormalizer.ContainsIdeograph(text)
                    && i + 1 < lines.Count && DateReader.DateLine(lines[i + 1].Text) is not null);
            if (!isEnding)
            {
                break;
            }

            end = i;
        }

        return end;
    }

    private static bool IsMetadata(string text) =>
        Line.Read(text) is { } line && DisclosureMetadataReader.TryRead(line, new MetadataBuilder());

    private static int IndexOf(IReadOnlyList<PageLine> lines, Func<PageLine, bool> predicate)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static int LastIndexOf(IReadOnlyList<PageLine> lines, Func<PageLine, bool> predicate, int from = int.MaxValue)
    {
        for (var i = Math.Min(from, lines.Count - 1); i >= 0; i--)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex("总结|工作情况")]
    private static partial Regex NamesASummary();

    [GeneratedRegex(@"^(?:特此|专此|谨此)报告|^[（(][^（）()]{0,28}(?:此件|公开|发布)[^（）()]{0,28}[)）]$")]
    private static partial Regex EndingWords();

    /// <summary>What pages print under an article: attachments, print/close, previous/next, share, editor, QR code.</summary>
    [GeneratedRegex(@"^[【\[]?\s*(?:相关附件|附件下载|打印本页|打印此页|打印|关闭窗口|关闭本页|上一篇|下一篇|分享到|分享|责任编辑|扫一扫|收藏本页|纠错)")]
    private static partial Regex Tail();
}
