using LawReport.Domain.Common;
using Microsoft.AspNetCore.Html;

namespace LawReport.Web.Pages.Review;

/// <summary>
/// A comparison as HTML: inserted text in <c>&lt;ins&gt;</c>, deleted text in <c>&lt;del&gt;</c>, each
/// also said in words (新增/删除) for screen readers, which do not announce those elements. Built
/// without whitespace between the pieces: in Chinese text a line break in the markup shows as a space.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Segments(IEnumerable<DiffSegment> segments)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            var (tag, word) = segment.Operation switch
            {
                DiffOperation.Insert => ("ins", "新增"),
                DiffOperation.Delete => ("del", "删除"),
                _ => ((string?)null, ""),
            };
            if (tag is null)
            {
                html.Append(segment.Text);
                continue;
            }

            html.AppendHtml($"<{tag}><span class=\"visually-hidden\">（{word}：</span>");
            html.Append(segment.Text);
            html.AppendHtml($"<span class=\"visually-hidden\">）</span></{tag}>");
        }

        return html;
    }

    public static IHtmlContent Paragraphs(IEnumerable<DiffParagraph> paragraphs)
    {
        var html = new HtmlContentBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.AppendHtml($"<p class=\"diff-{paragraph.Change.ToString().ToLowerInvariant()}\">");
            var label = paragraph.Change switch
            {
                ParagraphChange.Added => "新增段落",
                ParagraphChange.Removed => "删除段落",
                _ => null,
            };
            if (label is not null)
            {
                html.AppendHtml($"<span class=\"change-label\">{label}</span>");
            }

            html.AppendHtml(Segments(paragraph.Segments));
            html.AppendHtml("</p>");
        }

        return html;
    }
}
