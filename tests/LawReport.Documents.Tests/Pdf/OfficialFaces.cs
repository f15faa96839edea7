using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// Each role in its face, read from the PDF (ADR-006): 仿宋 for the body, a heavy 宋 (小标宋 stand-in) for the
/// title and the 发文机关标志, 黑体 for 一、 headings digits included, 楷体 for （一）, and for characters the
/// first face lacks a face of the same style — never 楷 or 黑 in the middle of body text.
/// </summary>
public class OfficialFaces
{
    private const string Fang = "FandolFang R";
    private const string TraditionalFang = "cwTeXFangSong";
    private const string XiaoBiaoSong = "Noto Serif SC Black";
    private const string Song = "Noto Serif SC Regular";
    private const string Hei = "Noto Sans SC Medium";
    private const string Kai = "LXGW WenKai";

    private static readonly ReportDocument Report = new()
    {
        Title = "某市外事办公室2024年度法治政府建设情况报告",
        Addressee = "市委、市政府",
        Preamble = ["今年以来，我办坚持依法行政，全面推进法治政府建设。"],
        Sections =
        [
            new DocumentSection
            {
                Kind = SectionKind.Measures,
                Heading = "2024年主要举措",
                Items =
                [
                    new DocumentItem { Heading = "加强学习", Paragraphs = ["张喆、李赟、王堃和刘燚参加了培训。"] },
                ],
            },
        ],
        Signature = "某市外事办公室",
        DateWritten = new DateOnly(2025, 1, 20),
    };

    private static readonly IReadOnlyList<IReadOnlyList<IReadOnlyList<PdfGlyph>>> Pages =
        PdfGlyphs.Read(Renderers.WithShippedFonts.Render(Report, Renderers.Published));

    private static IReadOnlyList<PdfGlyph> Line(string start) =>
        Pages.SelectMany(p => p).First(l => PdfGlyphs.Text(l).StartsWith(start, StringComparison.Ordinal));

    [PdfToolsFact]
    public void The_body_is_set_in_a_fangsong_face()
    {
        Assert.All(Line("今年以来").Where(g => g.Text != " "), g => Assert.Equal(Fang, g.Face));
    }

    [PdfToolsFact]
    public void The_title_is_set_in_the_heavy_song_face_digits_included()
    {
        Assert.All(Line("某市外事").Where(g => g.Text != " "), g => Assert.Equal(XiaoBiaoSong, g.Face));
    }

    [PdfToolsFact]
    public void A_first_level_heading_is_set_in_one_hei_face_digits_included()
    {
        Assert.All(Line("一、2024"), g => Assert.Equal(Hei, g.Face));
    }

    [PdfToolsFact]
    public void A_second_level_heading_is_set_in_a_kai_face()
    {
        Assert.All(Line("（一）加强学习").Take(6), g => Assert.Equal(Kai, g.Face));
    }

    [PdfToolsFact]
    public void Names_outside_gb2312_are_set_in_a_fangsong_or_song_face_not_kai_or_hei()
    {
        var line = Line("张喆");

        Assert.All(line.Where(g => g.Text is "喆" or "赟" or "堃" or "燚"), g => Assert.Contains(g.Face, new[] { TraditionalFang, Song }));
        Assert.All(line.Where(g => g.Text is "张" or "李" or "参"), g => Assert.Equal(Fang, g.Face));
    }

    [PdfToolsFact]
    public void Traditional_and_japanese_forms_stay_in_fangsong_or_song_faces()
    {
        var rendered = Renderers.WithShippedFonts.Render(
            new ReportDocument { Title = "測試", Preamble = ["本辦說明資產情況，説明産業發展。"] }, Renderers.Published);
        var glyphs = PdfGlyphs.Read(rendered).SelectMany(p => p).Single(l => PdfGlyphs.Text(l).StartsWith("本辦", StringComparison.Ordinal));

        Assert.Empty(rendered.MissingCharacters);
        Assert.All(glyphs, g => Assert.Contains(g.Face, new[] { Fang, TraditionalFang, Song }));
        Assert.Equal(TraditionalFang, glyphs.First(g => g.Text == "說").Face);
        Assert.DoesNotContain(glyphs, g => g.Face is Kai or Hei);
    }
}
