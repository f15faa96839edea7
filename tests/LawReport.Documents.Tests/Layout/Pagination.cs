using LawReport.Documents.Layout;
using static LawReport.Documents.Tests.Layout.ReportBuilder;

namespace LawReport.Documents.Tests.Layout;

public class Pagination
{
    [Fact]
    public void A_page_holds_22_lines_of_the_grid()
    {
        var layout = ReportLayoutEngine.Layout(WithOneLineParagraphs(40));

        // Title on row 0, the blank row 1, then paragraphs down to the last row, 21.
        Assert.Equal([0, .. Enumerable.Range(2, 20)], layout.Pages[0].Lines.Select(l => l.Row!.Value));
        Assert.Equal(Enumerable.Range(0, 20), layout.Pages[1].Lines.Select(l => l.Row!.Value));
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page()
    {
        // Title on row 0, blank row 1, paragraphs on rows 2..20: the heading would land on row 21.
        var report = WithOneLineParagraphs(19, Section("主要举措", Item(null, Paragraph(2))));

        var layout = ReportLayoutEngine.Layout(report);

        Assert.DoesNotContain(layout.Pages[0].Lines, l => l.Kind == LineKind.Heading);
        Assert.Equal(LineKind.Heading, layout.Pages[1].Lines[0].Kind);
        Assert.Equal("一、主要举措", layout.Pages[1].Lines[0].Text);
    }

    [Fact]
    public void The_last_line_of_a_paragraph_does_not_start_a_page_alone()
    {
        // Rows 2..19 hold 18 one-line paragraphs; a three-line paragraph would leave its last line alone.
        var report = WithOneLineParagraphs(18, Section("", Item(null, Paragraph(3))));

        var layout = ReportLayoutEngine.Layout(report);

        Assert.Equal(20, layout.Pages[0].Lines.Count);
        Assert.Equal(2, layout.Pages[1].Lines.Count);
        Assert.True(layout.Pages[1].Lines[0].IsFull);
    }

    [Fact]
    public void The_signature_is_never_alone_on_a_page()
    {
        // The text fills the first page exactly: the signature block takes the last text lines along.
        var report = WithOneLineParagraphs(18, Section("", Item(null, Paragraph(2)))) with
        {
            Signature = "某某市人民政府外事办公室",
            DateWritten = new DateOnly(2025, 2, 20),
        };

        var layout = ReportLayoutEngine.Layout(report);
        var signaturePage = layout.Pages.Single(p => p.Lines.Any(l => l.Kind == LineKind.Signature));

        Assert.Contains(signaturePage.Lines, l => l.Kind == LineKind.Body);
        Assert.True(signaturePage.Lines[0].Row == 0);
    }

    [Fact]
    public void An_empty_report_is_one_numbered_page()
    {
        var layout = ReportLayoutEngine.Layout(new LawReport.Documents.Model.ReportDocument());

        var page = Assert.Single(layout.Pages);
        Assert.Empty(page.Lines);
        Assert.Equal("—1—", page.PageNumber.Text);
    }

    [Fact]
    public void A_page_never_starts_with_a_blank_line()
    {
        var report = WithOneLineParagraphs(20) with { Signature = "某某办", DateWritten = new DateOnly(2025, 2, 20) };

        var layout = ReportLayoutEngine.Layout(report);

        Assert.All(layout.Pages.Skip(1), p => Assert.Equal(0, p.Lines[0].Row));
    }
}
