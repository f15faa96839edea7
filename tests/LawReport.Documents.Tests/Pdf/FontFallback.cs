using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;

namespace LawReport.Documents.Tests.Pdf;

public class FontFallback
{
    private static readonly DateTimeOffset Date = Renderers.PublicationDate;

    [Fact]
    public void A_character_missing_from_the_first_font_of_a_role_is_drawn_by_the_next()
    {
        // 說 is a traditional character: FandolFang (GB2312 and some traditional forms) lacks it, cwTeX 仿宋 has it.
        var settings = new FontSettings { Body = ["FandolFang-Regular.ttf", "cwfs.ttf"] };
        var rendered = new PdfReportRenderer(settings).Render(Report("說明"), new RenderOptions { CreationDate = Date });

        Assert.Empty(rendered.MissingCharacters);
        Assert.Contains(PdfInspector.Open(rendered.Bytes).Fonts().Keys, f => f.EndsWith("cwTeXFangSong", StringComparison.Ordinal));
    }

    [Fact]
    public void A_character_no_font_has_is_reported_not_silently_drawn_as_a_box()
    {
        var settings = new FontSettings { Body = ["FandolFang-Regular.ttf"] };
        var rendered = new PdfReportRenderer(settings).Render(Report("說明한글"), new RenderOptions { CreationDate = Date });

        Assert.Equal(["說", "글", "한"], rendered.MissingCharacters);
    }

    [Fact]
    public void The_shipped_fonts_cover_every_character_of_the_traditional_seed()
    {
        var library = FontLibrary.Load(new FontSettings());
        var report = Layout.SeedFixtures.Load("003");
        var text = Layout.SeedFixtures.ReadingText(report);

        foreach (var role in new[] { FontRole.Title, FontRole.Body, FontRole.Heading1, FontRole.Heading2 })
        {
            Assert.All(text.EnumerateRunes(), r => Assert.NotNull(library.Find(role, r)));
        }
    }

    private static ReportDocument Report(string paragraph) => new() { Title = "测试", Preamble = [paragraph] };
}
