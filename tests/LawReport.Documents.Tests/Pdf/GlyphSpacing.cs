using LawReport.Documents.Model;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>
/// Read from the PDF: no two glyphs overlap, whatever the character (symbols, Latin capitals, %), and no
/// line is spread by more than half a character between two glyphs; URLs and e-mail addresses break only
/// after / . - ? &amp; = @ and never inside //.
/// </summary>
public class GlyphSpacing
{
    private const string Symbols = "实施情况①完成②推进③落实，气温达到38℃，增长3‰，比例≥95%且≤100%，面积3×4÷2平方米，№12号※重点●要点→目标§5条Ⅰ类Ⅻ级α系数Ω值。";
    private const string Latin = "为企业申办APEC商务旅行卡WTO、OECD、UNESCO等MMMWWW组织合作100%完成。";
    private const string Url = "有关信息已在市政府门户网站公开，网址为https://www.cq.gov.cn/zwgk/fdzdgknr/lzyj/xzgfxwj/szf/202401/t20240115_12345678.html，欢迎监督，来信请寄fao-office@cq.gov.cn。";

    private static IReadOnlyList<IReadOnlyList<PdfGlyph>> Lines(params string[] paragraphs) =>
        PdfGlyphs.Read(Renderers.WithShippedFonts.Render(new ReportDocument { Title = "测试报告", Preamble = paragraphs }, Renderers.Published))
            .SelectMany(p => p)
            .Where(l => l[0].Baseline >= 90)
            .ToList();

    [PdfToolsFact]
    public void Full_width_symbols_never_overlap_their_neighbours()
    {
        AssertNoOverlap(Lines(Symbols, Symbols[4..], Symbols[9..]));
    }

    [PdfToolsFact]
    public void Latin_capitals_and_percent_signs_never_overlap_their_neighbours()
    {
        AssertNoOverlap(Lines(Latin, "合格率100%。" + Latin, "率100%。" + Latin));
    }

    [PdfToolsFact]
    public void No_line_is_spread_by_more_than_half_a_character_between_two_glyphs()
    {
        foreach (var line in Lines(Url, "见" + Url, "详见" + Url, Latin, Symbols))
        {
            var glyphs = line.Where(g => g.Text != " ").ToList();
            foreach (var (before, after) in glyphs.Zip(glyphs.Skip(1)))
            {
                Assert.True(after.X0 - before.X1 <= 0.5 * after.Size, $"a gap of {after.X0 - before.X1:0.0} pt between {before.Text} and {after.Text}: {PdfGlyphs.Text(line)}");
            }
        }
    }

    [PdfToolsFact]
    public void A_url_breaks_only_after_its_separators_never_inside_the_double_slash()
    {
        foreach (var prefix in new[] { "", "见", "详见", "我办详见", "我办网站详见" })
        {
            var lines = Lines(prefix + Url).Select(PdfGlyphs.Text).ToList();
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                var end = lines[i].TrimEnd();
                var next = lines[i + 1].TrimStart();
                if (next.Length > 0 && "/.-_?&=@:".Contains(next[0], StringComparison.Ordinal) && !end.EndsWith('，'))
                {
                    Assert.Fail($"a line starts with {next[0]} inside a URL: {end} | {next}");
                }

                Assert.False(end.EndsWith("https:", StringComparison.Ordinal) || end.EndsWith("https:/", StringComparison.Ordinal), end);
                if (char.IsAsciiLetterOrDigit(end[^1]) && char.IsAsciiLetterOrDigit(next[0]))
                {
                    Assert.Fail($"a URL split inside a word: {end} | {next}");
                }
            }

            Assert.Contains("fao-office@cq.gov.cn", string.Concat(lines), StringComparison.Ordinal);
        }
    }

    private static void AssertNoOverlap(IEnumerable<IReadOnlyList<PdfGlyph>> lines)
    {
        foreach (var line in lines)
        {
            var glyphs = line.Where(g => g.Text != " ").ToList();
            foreach (var (before, after) in glyphs.Zip(glyphs.Skip(1)))
            {
                Assert.True(before.X1 - after.X0 <= 0.5, $"{before.Text} overlaps {after.Text} by {before.X1 - after.X0:0.0} pt: {PdfGlyphs.Text(line)}");
            }
        }
    }
}
