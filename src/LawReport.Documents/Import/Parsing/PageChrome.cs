using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Parsing;

/// <summary>
/// The lines a government web page wraps around a report — breadcrumbs, view counters, font-size and
/// share buttons, print/close links, QR-code prompts, archive stamps, leave-site notices — recognised
/// on short lines only, so a sentence of the report that happens to mention them is kept.
/// </summary>
internal static partial class PageChrome
{
    private const int LongestChromeLine = 60;

    /// <param name="folded">The normalised line with traditional characters folded (<see cref="ChineseVariants"/>).</param>
    public static bool IsChrome(string folded) => folded.Length <= LongestChromeLine && Chrome().IsMatch(folded);

    [GeneratedRegex("""
        ^(?:
            您?(?:当前|现在)的?位置
          | 首页\s*(?:>|＞|»|›|/|-)
          | (?:浏览|阅读|访问|点击)(?:次数|量|数|人次)
          | 字号[：\s]
          | 字号$
          | 【?字体[：:]?\s*[大中小]
          | 分享到?(?:[：:]|$)
          | 【?打印(?:本页|此页)?】?(?:\s*【?关闭(?:窗口|本页)?】?)?$
          | 【?关闭(?:窗口|本页)?】?$
          | 扫一扫
          | 用手机扫
          | 已归档$
          | 您访问的(?:链接|连结)即将离开
          | (?:上|下)一篇
          | 返回顶部$
          | 【?收藏】?$
          | 【?纠错】?$
          | 相关(?:链接|文章|阅读)[：:]?$
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Chrome();
}
