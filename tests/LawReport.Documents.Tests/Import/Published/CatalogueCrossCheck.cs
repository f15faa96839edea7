using System.Text;
using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Published;

/// <summary>A page's catalogue and its text describe the same report: where they differ, a warning says so.</summary>
public class CatalogueCrossCheck
{
    private static string Page(string listedTitle, string writtenOn) => $"""
        <html><body>
        <table><tr><td>索引号</td><td>11500000/2024-00001</td><td>发布机构</td><td>市司法局</td></tr>
        <tr><td>标题</td><td>{listedTitle}</td><td>成文日期</td><td>{writtenOn}</td></tr></table>
        <h1>市司法局2023年度法治政府建设情况报告</h1>
        <div class="content"><p>2023年，市司法局坚持依法行政，现将有关情况报告如下。</p>
        <p>一、主要举措和成效</p><p>全年开展执法检查12次，办理行政复议案件10件。</p>
        <p>二、存在的不足和原因</p><p>执法人员的能力还有待提升，普法针对性不够。</p>
        <p>市司法局</p><p>2024年1月10日</p></div></body></html>
        """;

    [Fact]
    public void A_catalogue_that_agrees_with_the_text_gives_no_warning()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(Page("市司法局2023年度法治政府建设情况报告", "2024-01-10")), "page.html");

        Assert.Equal("市司法局", Succeeded(result).Metadata?.Publisher);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("网页目录", StringComparison.Ordinal));
    }

    [Fact]
    public void A_catalogue_title_or_date_that_differs_from_the_text_is_named_in_a_warning()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(Page("市司法局2022年度法治政府建设情况报告", "2024-01-08")), "page.html");
        var report = Succeeded(result);

        Assert.Equal("市司法局2023年度法治政府建设情况报告", report.Title);
        Assert.Equal(new DateOnly(2024, 1, 10), report.DateWritten);
        Assert.Contains(result.Warnings, w => w.Contains("网页目录中的标题“市司法局2022年度", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("成文日期（2024-01-08）与落款日期（2024-01-10）不同", StringComparison.Ordinal));
    }
}
