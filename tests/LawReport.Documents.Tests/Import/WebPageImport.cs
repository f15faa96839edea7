using System.Text;
using LawReport.Documents.Import;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Saved web pages give their visible text only: scripts, styles, navigation and page chrome are dropped.</summary>
public class WebPageImport
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <title>市外办2022年度法治政府建设情况报告_某某市人民政府</title>
          <style>.content p { text-indent: 2em; }</style>
          <script>var nav = "一、不是报告的一部分";</script>
        </head>
        <body>
          <header class="site"><h1>某某市人民政府门户网站</h1></header>
          <nav><a href="/">首页</a> <a href="/zwgk">政务公开</a></nav>
          <div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 正文</div>
          <article>
            <header><h1>市外办2022年度法治政府建设情况报告</h1></header>
            <table class="meta">
              <tr><td>索引号：</td><td>014109568/2023-00003</td><td>发布机构：</td><td>市外办</td></tr>
              <tr><td>公开日期：</td><td>2023-03-20</td><td>公开方式：</td><td>主动公开</td></tr>
            </table>
            <div class="tools">字号：<a>大</a> <a>中</a> <a>小</a></div>
            <div class="content">
              <p>市委、市政府：</p>
              <p>&nbsp;&nbsp;2022年，市外办坚持依法行政，现将有关情况报告如下。</p>
              <p>一、主要举措和成效</p>
              <p>(一)加强学习,提升能力。组织学法
                 4次。</p>
              <div style="display:none">隐藏的统计代码</div>
              <p>二、存在的不足和原因</p>
              <p>普法针对性<span>还需加强</span>。</p>
              <p>三、2023年工作安排</p>
              <p>继续推进依法行政。</p>
              <p style="text-align:right">市外办<br>2023年1月10日</p>
              <p>（此件公开发布）</p>
            </div>
          </article>
          <aside>相关链接</aside>
          <div class="share">分享到：</div>
          <div>【打印】【关闭】</div>
          <footer>主办：某某市人民政府办公室 网站标识码1234</footer>
          <script>document.write("扫一扫");</script>
        </body>
        </html>
        """;

    [Fact]
    public void The_report_is_read_from_the_visible_text()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(Page), "report.html");
        var report = Succeeded(result);

        Assert.Equal(SourceFormat.WebPage, result.Format);
        Assert.Equal("市外办2022年度法治政府建设情况报告", report.Title);
        Assert.Equal("市委、市政府", report.Addressee);
        Assert.Equal(["2022年，市外办坚持依法行政，现将有关情况报告如下。"], report.Preamble);
        Assert.Equal(
            [
                (SectionKind.Measures, "主要举措和成效"),
                (SectionKind.Problems, "存在的不足和原因"),
                (SectionKind.NextYearPlans, "2023年工作安排"),
            ],
            Outline(report));
        Assert.Equal("加强学习,提升能力。", report.Sections[0].Items.Single().Heading);
        Assert.Equal(["组织学法 4次。"], report.Sections[0].Items.Single().Paragraphs);
        Assert.Equal(["普法针对性还需加强。"], report.Sections[1].Items.Single().Paragraphs);
        Assert.Equal("市外办", report.Signature);
        Assert.Equal(new DateOnly(2023, 1, 10), report.DateWritten);
        Assert.Equal("（此件公开发布）", report.Note);
    }

    [Fact]
    public void A_metadata_table_is_read_as_disclosure_metadata()
    {
        var metadata = Succeeded(ReportImporter.Import(Encoding.UTF8.GetBytes(Page), "report.html")).Metadata;

        Assert.Equal("014109568/2023-00003", metadata?.IndexNumber);
        Assert.Equal("市外办", metadata?.Publisher);
        Assert.Equal(new DateOnly(2023, 3, 20), metadata?.DatePublished);
        Assert.Equal("主动公开", metadata?.DisclosureMethod);
    }

    [Fact]
    public void Scripts_styles_navigation_hidden_elements_and_page_footers_are_not_extracted()
    {
        var source = ReportImporter.Import(Encoding.UTF8.GetBytes(Page), "report.html").SourceText;

        foreach (var dropped in new[] { "不是报告的一部分", "text-indent", "门户网站", "首页 政务公开", "隐藏的统计代码", "相关链接", "网站标识码", "扫一扫", "_某某市人民政府" })
        {
            Assert.DoesNotContain(dropped, source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_in_gbk_declaring_its_charset_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = Page.Replace("charset=\"utf-8\"", "charset=\"gbk\"", StringComparison.Ordinal).Replace("&nbsp;", "", StringComparison.Ordinal);

        var result = ReportImporter.Import(Encoding.GetEncoding("GBK").GetBytes(page), "report.htm");

        Assert.Equal("市外办2022年度法治政府建设情况报告", Succeeded(result).Title);
        Assert.Equal("GBK", result.Encoding);
    }

    [Theory]
    [InlineData("download")]
    [InlineData("report.txt")]
    public void A_page_saved_under_another_name_is_recognised_by_its_markup(string fileName)
    {
        var saved = "<!-- saved from url=(0014)about:internet -->\n" + Page;

        var result = ReportImporter.Import([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(saved)], fileName);

        Assert.Equal(SourceFormat.WebPage, result.Format);
        Assert.Equal(3, Succeeded(result).Sections.Count);
    }

    [Fact]
    public void A_deeply_nested_page_is_read()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(Nested(1_500)), "deep.html");

        Assert.Equal("主要举措和成效", Succeeded(result).Sections.Single().Heading);
    }

    [Fact]
    public void A_maliciously_deep_page_is_refused_before_parsing()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(Nested(100_000)), "deep.html");

        Assert.Equal("网页的结构异常（元素嵌套超过 2000 层），无法读取。请另存为文本（.txt）后再导入。", result.Error);
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_do_not_count_as_nesting()
    {
        var page = "<html><body><p>一、主要举措和成效" + string.Concat(Enumerable.Repeat("<p>依法行政。<li>落实。", 3_000)) + "</body></html>";

        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(page), "sloppy.html");

        Assert.Equal(6_000, Succeeded(result).Sections.Single().Items.Single().Paragraphs.Count);
    }

    private static string Nested(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "一、主要举措和成效" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
}
