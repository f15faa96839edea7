using LawReport.Documents.Import;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Published;

/// <summary>
/// A report published the ways cities publish it — whole web pages of three builds, Word files with
/// styles or list numbering, PDFs — reads as the same report as the seed's text: the same title,
/// bureau, year, section kinds and headings, and signature.
/// </summary>
public class PublishedFormsImport
{
    public static TheoryData<string, string> SeedsAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            foreach (var page in new[] { "table", "div", "word-export" })
            {
                data.Add(seed, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndPages))]
    public void A_whole_government_web_page_reads_as_the_seed_text(string seed, string page)
    {
        var expected = ImportSeed(seed);
        var bytes = page switch
        {
            "table" => PublishedPages.TableLayout(expected),
            "div" => PublishedPages.DivLayout(expected),
            _ => PublishedPages.WordExport(expected),
        };

        var result = ReportImporter.Import(bytes, $"{seed}-{page}.html");

        AssertSameReport(expected, Succeeded(result));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("没有找到报告标题", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_word_file_structured_by_heading_styles_only_reads_as_the_seed_text(string seed)
    {
        var expected = ImportSeed(seed);

        var result = ReportImporter.Import(PublishedWordFiles.HeadingStyles(expected), $"{seed}.docx");

        AssertSameReport(expected, Succeeded(result));
        Assert.DoesNotContain(result.Warnings, w => w.Contains("整体作为一个部分", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_word_file_numbered_by_word_lists_reads_as_the_seed_text(string seed)
    {
        var expected = ImportSeed(seed);

        var result = ReportImporter.Import(PublishedWordFiles.ListNumbering(expected), $"{seed}.docx");

        AssertSameReport(expected, Succeeded(result));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_pdf_from_the_official_renderer_reads_as_the_seed_text(string seed)
    {
        // The official PDF sets the seed's half-width punctuation full-width (ADR-015): that is the text it holds.
        var source = ImportSeed(seed);
        var officialText = string.Join("\n", File.ReadAllLines(LawReport.Tests.Shared.RepositoryPaths.Seed(seed)).Select(OfficialPunctuation.Apply));
        var expected = Succeeded(ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes(officialText), $"{seed}.txt"));
        var pdf = Pdf.Renderers.WithShippedFonts.Render(source, Pdf.Renderers.Published).Bytes;

        var result = ReportImporter.Import(pdf, $"{seed}.pdf");
        var report = Succeeded(result);

        Assert.Equal(SourceFormat.Pdf, result.Format);
        AssertSameReport(expected, report);
        Assert.Equal(expected.Preamble, report.Preamble);
        Assert.Equal(expected.DateWritten, report.DateWritten);
        Assert.DoesNotMatch(@"—\s*\d+\s*—", result.SourceText);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("003")]
    public void A_pdf_printed_by_chromium_with_its_header_and_footer_reads_as_the_seed_text(string seed)
    {
        var expected = ImportSeed(seed);
        var path = Path.Combine(LawReport.Tests.Shared.RepositoryPaths.RepositoryRoot, "tests", "LawReport.Documents.Tests", "Import", "Published", "Fixtures", $"chromium-{seed}.pdf");

        var result = ReportImporter.ImportFile(path);
        var report = Succeeded(result);

        AssertSameReport(expected, report);
        Assert.Equal(expected.Preamble, report.Preamble);
        Assert.DoesNotContain("file://", result.SourceText, StringComparison.Ordinal);
    }

    public static TheoryData<string> Seeds() => new("000", "001", "002", "003", "004");

    [Theory]
    [InlineData("table")]
    [InlineData("div")]
    public void A_web_page_s_catalogue_is_read_into_the_disclosure_metadata(string page)
    {
        var expected = ImportSeed("001");
        var bytes = page == "table" ? PublishedPages.TableLayout(expected) : PublishedPages.DivLayout(expected);

        var report = Succeeded(ReportImporter.Import(bytes, "page.html"));

        Assert.Equal(PublishedPages.IndexNumber, report.Metadata?.IndexNumber);
        Assert.Equal(PublishedPages.Publisher, report.Metadata?.Publisher);
        Assert.Equal("法治政府建设", report.Metadata?.Category);
        Assert.Equal(new DateOnly(2021, 3, 25), report.Metadata?.DatePublished);
        var json = ReportJson.Serialize(report);
        Assert.Contains(PublishedPages.IndexNumber, json, StringComparison.Ordinal);
        Assert.Contains(PublishedPages.Publisher, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("div")]
    [InlineData("word-export")]
    public void The_site_s_chrome_is_not_part_of_the_report(string page)
    {
        var expected = ImportSeed("004");
        var bytes = page switch
        {
            "table" => PublishedPages.TableLayout(expected),
            "div" => PublishedPages.DivLayout(expected),
            _ => PublishedPages.WordExport(expected),
        };

        var result = ReportImporter.Import(bytes, "page.html");
        var report = Succeeded(result);

        Assert.Equal(expected.Preamble, report.Preamble);
        Assert.Equal(expected.Closing, report.Closing);
        Assert.Equal(expected.DateWritten, report.DateWritten);
        Assert.Equal(
            expected.Sections.SelectMany(s => s.Items).Last().Paragraphs,
            report.Sections.SelectMany(s => s.Items).Last().Paragraphs);
        var text = ReportJson.Serialize(report with { Metadata = null });
        foreach (var chrome in new[] { "首页", "当前位置", "相关附件", "打印", "关闭", "上一篇", "下一篇", "分享", "主办单位", "ICP", "公网安备", "浏览次数", "字体", "不是正文", "相关文章" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    /// <summary>What the issue asks to be the same whatever the format: title, bureau, year, kinds, headings, signature.</summary>
    internal static void AssertSameReport(ReportDocument expected, ReportDocument actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Bureau, actual.Bureau);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(Outline(expected), Outline(actual));
        Assert.Equal(expected.Signature, actual.Signature);
    }
}
