using LawReport.Documents.Model;
using LawReport.Documents.Pdf;

namespace LawReport.Documents.Tests.Pdf;

public class ReportWithoutTitle
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Is_refused_with_a_chinese_message(string title)
    {
        var report = new ReportDocument { Title = title, Preamble = ["今年以来，我办坚持依法行政。"] };

        var refused = Assert.Throws<ReportWithoutTitleException>(() => Renderers.WithShippedFonts.Render(report, Renderers.Published));

        Assert.Contains("没有标题", refused.Message, StringComparison.Ordinal);
    }
}
