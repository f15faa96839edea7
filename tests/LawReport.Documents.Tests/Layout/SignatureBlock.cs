using LawReport.Documents.Layout;
using static LawReport.Documents.Layout.PageGeometry;
using static LawReport.Documents.Tests.Layout.ReportBuilder;

namespace LawReport.Documents.Tests.Layout;

public class SignatureBlock
{
    private static readonly LaidOutPage Page = ReportLayoutEngine.Layout(WithOneLineParagraphs(3) with
    {
        Signature = "某某外办",
        DateWritten = new DateOnly(2024, 12, 5),
        Note = "此件公开发布",
    }).Pages[0];

    private static PlacedLine Line(LineKind kind) => Page.Lines.Single(l => l.Kind == kind);

    [Fact]
    public void The_date_is_written_in_arabic_numerals_without_padding_and_ends_four_characters_from_the_right()
    {
        var date = Line(LineKind.Date);

        Assert.Equal("2024年12月5日", date.Text);
        Assert.Equal(TextRight - (4 * Cell), date.Right, 6);
    }

    [Fact]
    public void The_signature_is_centred_over_the_date_on_the_line_above()
    {
        var signature = Line(LineKind.Signature);
        var date = Line(LineKind.Date);

        Assert.Equal((date.Left + date.Right) / 2, (signature.Left + signature.Right) / 2, 6);
        Assert.Equal(date.Row - 1, signature.Row);
    }

    [Fact]
    public void A_signature_longer_than_the_date_keeps_two_characters_to_the_right_edge()
    {
        var page = ReportLayoutEngine.Layout(WithOneLineParagraphs(1) with
        {
            Signature = "某某市人民政府外事办公室",
            DateWritten = new DateOnly(2024, 12, 5),
        }).Pages[0];

        Assert.Equal(TextRight - (2 * Cell), page.Lines.Single(l => l.Kind == LineKind.Signature).Right, 6);
    }

    [Fact]
    public void Two_blank_lines_leave_room_for_the_seal()
    {
        var lastText = Page.Lines.Last(l => l.Kind == LineKind.Body);

        Assert.Equal(lastText.Row + 3, Line(LineKind.Signature).Row);
    }

    [Fact]
    public void The_note_is_in_brackets_on_the_line_under_the_date_indented_two_characters()
    {
        var note = Line(LineKind.Note);

        Assert.Equal("（此件公开发布）", note.Text);
        Assert.Equal(Line(LineKind.Date).Row + 1, note.Row);
        Assert.Equal(TextLeft + (2 * Cell), note.Left, 6);
    }
}
