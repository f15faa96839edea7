using LawReport.Documents.Layout;
using static LawReport.Documents.Layout.PageGeometry;
using static LawReport.Documents.Tests.Layout.ReportBuilder;

namespace LawReport.Documents.Tests.Layout;

public class LetterheadAndWatermark
{
    private static readonly LaidOutReport WithLetterhead = ReportLayoutEngine.Layout(
        WithOneLineParagraphs(30),
        new LayoutOptions { Letterhead = new Letterhead("某某市人民政府外事办公室文件", "某外办〔2025〕3号") });

    [Fact]
    public void The_issuer_mark_is_red_centred_and_35_mm_under_the_top_of_the_text_block()
    {
        var mark = WithLetterhead.Pages[0].Lines.Single(l => l.Kind == LineKind.LetterheadMark);

        Assert.Equal(InkColor.Red, mark.Color);
        Assert.Equal(mark.Left - TextLeft, TextRight - mark.Right, 6);
        Assert.InRange(mark.Right - mark.Left, 0, TextWidth + 1e-6);
        Assert.Equal(TextTop + (35 * PointsPerMillimetre), mark.Baseline - (mark.FontSize * EmAscent), 6);
    }

    [Fact]
    public void A_red_line_as_wide_as_the_text_block_separates_the_head_from_the_title()
    {
        var page = WithLetterhead.Pages[0];
        var rule = Assert.Single(page.Rules);
        var number = page.Lines.Single(l => l.Kind == LineKind.DocumentNumber);
        var title = page.Lines.First(l => l.Kind == LineKind.Title);

        Assert.Equal(InkColor.Red, rule.Color);
        Assert.Equal((TextLeft, TextRight), (rule.X1, rule.X2));
        Assert.True(rule.Y > number.Baseline);
        Assert.True(RowTop(title.Row!.Value) - rule.Y > 2 * LinePitch, "two blank lines under the red line");
        Assert.Equal("某外办〔2025〕3号", number.Text);
    }

    [Fact]
    public void A_signer_puts_the_document_number_left_and_the_signer_right_one_character_in()
    {
        var layout = ReportLayoutEngine.Layout(
            WithOneLineParagraphs(1),
            new LayoutOptions { Letterhead = new Letterhead("某某市人民政府外事办公室", "某外办〔2025〕3号", "张三") });
        var line = layout.Pages[0].Lines.Single(l => l.Kind == LineKind.DocumentNumber);

        Assert.Equal(TextLeft + Cell, line.Left, 6);
        Assert.Equal(TextRight - Cell, line.Right, 6);
        Assert.EndsWith("签发人：张三", line.Text, StringComparison.Ordinal);
        Assert.All(line.Glyphs.TakeLast(2), g => Assert.Equal(FontRole.Heading2, g.Role));
    }

    [Fact]
    public void Only_the_first_page_has_the_letterhead()
    {
        Assert.True(WithLetterhead.Pages.Count > 1);
        Assert.All(WithLetterhead.Pages.Skip(1), p => Assert.Empty(p.Rules));
        Assert.All(WithLetterhead.Pages.Skip(1), p => Assert.DoesNotContain(p.Lines, l => l.Kind == LineKind.LetterheadMark));
    }

    [Theory]
    [InlineData(DraftWatermark.Draft, "草稿")]
    [InlineData(DraftWatermark.ForReview, "送审稿")]
    public void A_report_not_yet_published_carries_its_watermark_on_every_page(DraftWatermark watermark, string text)
    {
        var layout = ReportLayoutEngine.Layout(WithOneLineParagraphs(30), new LayoutOptions { Watermark = watermark });

        Assert.All(layout.Pages, p => Assert.Equal(text, p.Watermark));
    }

    [Fact]
    public void A_published_report_has_no_watermark()
    {
        Assert.All(ReportLayoutEngine.Layout(WithOneLineParagraphs(30)).Pages, p => Assert.Null(p.Watermark));
    }
}
