using System.Net;
using System.Text;
using LawReport.Documents.Model;

namespace LawReport.Documents.Tests.Import.Published;

/// <summary>
/// Builds the web pages a city's site would publish a report as, from the report read from a seed: the
/// three ways government sites are built (an old table layout, a div layout with semantic tags, a page
/// whose article is Word's HTML export with MsoNormal classes), each wrapped in the chrome those sites
/// put around an article — menu, breadcrumb, 信息公开 catalogue, font-size bar, view counter,
/// attachments, print/close, previous/next, share and the 主办单位/ICP footer. Every page is written
/// here; none is copied from a real site.
/// </summary>
internal static class PublishedPages
{
    public const string IndexNumber = "11500000MB1K12345X/2021-00012";
    public const string Publisher = "市政府外办";

    /// <summary>An old site laid out with tables, no semantic tags; the catalogue's keys have no colons; 一、 numbering in the text.</summary>
    public static byte[] TableLayout(ReportDocument report)
    {
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
            <title>{E(report.Title)}_某某市人民政府门户网站</title>
            <link rel="stylesheet" href="/css/style.css" /><script src="/js/jquery.js"></script>
            </head><body>
            <table width="1000" align="center"><tr><td><img src="/images/logo.png" alt="" />某某市人民政府</td><td>无障碍 | 长者模式 | English</td></tr></table>
            <table width="1000" align="center" class="menu"><tr>
            <td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/zwfw/">政务服务</a></td><td><a href="/hdjl/">互动交流</a></td><td><a href="/zjmc/">走进某某</a></td>
            </tr></table>
            <table width="1000" align="center"><tr><td class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/fzzf/">法治政府建设</a></td></tr></table>
            <table width="1000" align="center"><tr><td width="240" valign="top">
              <table><tr><td>信息公开指南</td></tr><tr><td>信息公开制度</td></tr><tr><td>法定主动公开内容</td></tr><tr><td>信息公开年报</td></tr></table>
            </td><td valign="top">
            <table class="xxgk" border="1">
            <tr><td>索引号</td><td>{IndexNumber}</td><td>主题分类</td><td>法治政府建设</td></tr>
            <tr><td>发布机构</td><td>{Publisher}</td><td>成文日期</td><td>{Iso(report.DateWritten)}</td></tr>
            <tr><td>标题</td><td colspan="3">{E(report.Title)}</td></tr>
            <tr><td>文号</td><td></td><td>发布日期</td><td>2021-03-25</td></tr>
            </table>
            <table width="100%"><tr><td align="center" class="title"><span style="font-size:22px">{E(report.Title)}</span></td></tr>
            <tr><td align="center">发布时间：2021-03-25 浏览次数：1234 【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
            <tr><td class="content">

            """);
        Body(page, report, (p, text) => p.Append($"<p style=\"text-indent:2em\">{E(text)}</p>\n"), numbered: true, tag: "p");
        page.Append("""
            </td></tr>
            <tr><td>相关附件：<a href="/att/1.xlsx">附件1.xlsx</a></td></tr>
            <tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
            <tr><td>上一篇：<a href="/1.html">关于公布2021年度重大行政决策事项目录的通知</a></td></tr>
            <tr><td>下一篇：<a href="/3.html">市外办2021年政府信息公开工作年度报告</a></td></tr>
            </table></td></tr></table>
            <table width="1000" align="center" class="foot"><tr><td>
            主办单位：某某市人民政府办公室 承办：某某市大数据发展中心 <a href="/about">关于我们</a> | <a href="/map">网站地图</a><br />
            网站标识码：1234000001 ICP备12345678号-1 公网安备 12345678901234号<br />
            建议使用1920×1080分辨率浏览本网站，由于部分政务信息来源于各部门，如有疑问，请与信息发布单位联系，感谢您的理解和支持。
            </td></tr></table>
            <script>var _hmt = _hmt || []; document.write("一、不是正文");</script>
            </body></html>
            """);
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    /// <summary>
    /// A newer site of divs with nav/footer tags; the catalogue as labelled lines; section headings as
    /// unnumbered h3; a sidebar of other reports before the article; attachments and share inside it.
    /// </summary>
    public static byte[] DivLayout(ReportDocument report)
    {
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{E(report.Title)}</title>
            <style>.TRS_Editor p {"{"} text-indent: 2em; {"}"}</style></head>
            <body>
            <div class="top"><div class="logo">某某市人民政府门户网站</div><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
            <nav class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li></ul></nav>
            <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>部门文件</a></div>
            <div class="main">
             <div class="side"><div class="side-title">相关文章</div><ul>
               <li><a href="/old.html">{E(report.Title.Replace("20", "19", StringComparison.Ordinal))}</a></li>
               <li><a href="/x.html">关于开展法治政府建设示范创建活动的通知</a></li></ul></div>
             <div class="article">
              <div class="xxgk"><div>索引号：{IndexNumber}</div><div>主题分类：法治政府建设</div>
                <div>发布机构：{Publisher} 【字体：<a>大</a> <a>中</a> <a>小</a>】 浏览次数：1234</div>
                <div>成文日期：{Iso(report.DateWritten)}</div><div>发布日期：2021-03-25</div><div>文号：</div></div>
              <h2 class="title">{E(report.Title)}</h2>
              <div class="info"><span>来源：{Publisher}</span> <span>发布时间：2021-03-25 10:20</span> <span>【字号：<a>大</a> <a>中</a> <a>小</a>】</span></div>
              <div class="TRS_Editor">

            """);
        Body(page, report, (p, text) => p.Append($"<p>{E(text)}</p>\n"), numbered: false, tag: "h3");
        page.Append("""
              </div>
              <div class="attach">相关附件：<a href="/att/1.pdf">附件.pdf</a></div>
              <div class="share">分享到：<a>微信</a> <a>微博</a></div>
              <div class="print"><a>【打印本页】</a> <a>【关闭窗口】</a></div>
              <div class="pre-next"><p>上一篇：<a>关于印发某某市法治政府建设实施方案的通知</a></p><p>下一篇：没有了</p></div>
             </div>
            </div>
            <footer><p>主办单位：某某市人民政府办公室</p><p>网站标识码：1234000001 ICP备12345678号 公网安备 12345678901234号</p></footer>
            </body></html>
            """);
        return Encoding.UTF8.GetBytes(page.ToString());
    }

    /// <summary>
    /// A page whose article is Word's HTML export (MsoNormal paragraphs, spans, bold headings, &amp;nbsp;
    /// indentation) in GBK, its charset declared only in a meta tag, inside a plain site frame.
    /// </summary>
    public static byte[] WordExport(ReportDocument report)
    {
        var page = new StringBuilder();
        page.Append($"""
            <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><meta name="Generator" content="Microsoft Word 15 (filtered)">
            <style>p.MsoNormal, li.MsoNormal {"{"}margin:0cm; text-align:justify; font-size:10.5pt; font-family:等线;{"}"}</style></head>
            <body lang="ZH-CN" style="text-justify-trim:punctuation">
            <div id="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
            <div class="position">首页 &gt; 政务公开 &gt; 通知公告</div>
            <div id="zoom"><div class="WordSection1" style="layout-grid:15.6pt">
            <p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">{E(report.Title)}</span></b></p>
            <p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>

            """);
        Body(
            page,
            report,
            (p, text) => p.Append($"<p class=\"MsoNormal\" style=\"text-indent:32.0pt;line-height:28.0pt\"><span style=\"font-size:16.0pt;font-family:仿宋_GB2312\">{E(text)}</span></p>\n"),
            numbered: true,
            tag: "word");
        page.Append("""
            </div></div>
            <div class="bottom"><span>【<a>打印</a>】</span> <span>【<a>关闭</a>】</span></div>
            <div class="copyright">版权所有：某某市人民政府办公室 ICP备12345678号 网站标识码1234000001</div>
            </body></html>
            """);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(page.ToString());
    }

    /// <summary>The report's own text: addressee, preamble, sections with their items, closing, signature, date, note.</summary>
    private static void Body(StringBuilder page, ReportDocument report, Action<StringBuilder, string> paragraph, bool numbered, string tag)
    {
        if (report.Addressee.Length > 0)
        {
            paragraph(page, report.Addressee + "：");
        }

        foreach (var text in report.Preamble)
        {
            paragraph(page, text);
        }

        for (var s = 0; s < report.Sections.Count; s++)
        {
            var section = report.Sections[s];
            var heading = (numbered ? Domain.Reports.Numbering.SectionLabel(s + 1) : "") + section.Heading;
            page.Append(tag switch
            {
                "p" => $"<p><strong>{E(heading)}</strong></p>\n",
                "h3" => $"<h3>{E(heading)}</h3>\n",
                _ => $"<p class=\"MsoNormal\" style=\"text-indent:32.0pt\"><b><span style=\"font-size:16.0pt;font-family:黑体\">{E(heading)}</span></b></p>\n",
            });
            var number = 0;
            foreach (var item in section.Items)
            {
                var paragraphs = item.Paragraphs.ToList();
                if (item.Heading is { } itemHeading)
                {
                    var first = paragraphs.Count > 0 ? paragraphs[0] : "";
                    paragraph(page, Domain.Reports.Numbering.ItemLabel(++number) + itemHeading + first);
                    paragraphs = paragraphs.Skip(1).ToList();
                }

                foreach (var text in paragraphs)
                {
                    paragraph(page, text);
                }
            }
        }

        foreach (var closing in report.Closing)
        {
            paragraph(page, closing);
        }

        if (report.Signature.Length > 0)
        {
            page.Append($"<p style=\"text-align:right\">{E(report.Signature)}</p>\n");
        }

        if (report.DateWritten is { } date)
        {
            page.Append($"<p style=\"text-align:right\">{date.Year}年{date.Month}月{date.Day}日</p>\n");
        }

        if (report.Note.Length > 0)
        {
            paragraph(page, report.Note);
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
