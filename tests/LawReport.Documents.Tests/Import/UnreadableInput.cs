using System.IO.Compression;
using System.Text;
using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Input that holds no report gets a clear Chinese error, never an exception.</summary>
public class UnreadableInput
{
    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\n")]
    public void An_empty_file_is_refused(string content)
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes(content), "report.txt");

        Assert.False(result.Succeeded);
        Assert.Equal("文件是空的，没有可导入的内容。", result.Error);
        Assert.Null(result.Report);
    }

    [Fact]
    public void A_file_holding_only_a_byte_order_mark_is_empty()
    {
        Assert.Equal("文件是空的，没有可导入的内容。", ReportImporter.Import([0xEF, 0xBB, 0xBF, 0x0A], "report.txt").Error);
    }

    [Fact]
    public void Empty_pasted_text_is_refused()
    {
        Assert.Equal("文件是空的，没有可导入的内容。", ReportImporter.ParseText("  \n ").Error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Random_bytes_are_refused_as_not_text(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        var result = ReportImporter.Import(bytes, "report.txt");

        Assert.StartsWith("文件内容不是可读的文字", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void High_bytes_without_zeros_are_refused_rather_than_read_as_gb18030(int seed)
    {
        var random = new Random(seed);
        var bytes = Enumerable.Range(0, 4096).Select(_ => (byte)random.Next(0x80, 0x100)).ToArray();

        var result = ReportImporter.Import(bytes, "report.txt");

        Assert.StartsWith("文件内容不是可读的文字", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_any_chinese_is_not_a_report()
    {
        var result = ReportImporter.Import("Annual report\nNothing here is Chinese."u8.ToArray(), "report.txt");

        Assert.Equal("文件里没有中文正文，不像是一份法治政府建设年度报告。", result.Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "report.pdf", "PDF")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "report.doc", ".doc")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, "report.rtf", "RTF")]
    public void Unsupported_formats_are_named_with_what_to_do_instead(byte[] bytes, string fileName, string named)
    {
        var result = ReportImporter.Import(bytes, fileName);

        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Contains(".docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_archive_that_is_not_a_word_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("一、主要举措和成效");
        }

        var result = ReportImporter.Import(buffer.ToArray(), "report.docx");

        Assert.StartsWith("无法读取这个 Word 文件", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_word_files_give_a_report_or_an_error()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市外办2022年度法治政府建设情况报告", "Title")
            .Paragraph("主要举措和成效", "Heading1", WordDocumentBuilder.SectionList)
            .Paragraph("依法履职。", list: WordDocumentBuilder.ItemList)
            .Build();
        var random = new Random(14);
        for (var round = 0; round < 1_000; round++)
        {
            var damaged = (byte[])docx.Clone();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            AssertAnswered(ReportImporter.Import(damaged, "damaged.docx"));
            AssertAnswered(ReportImporter.Import(damaged[..random.Next(damaged.Length)], "cut.docx"));
        }
    }

    [Fact]
    public void Text_named_docx_is_refused_as_not_a_word_document()
    {
        var result = ReportImporter.Import(Encoding.UTF8.GetBytes("市外办2020年法治政府建设年度报告"), "report.docx");

        Assert.Equal("这个文件的扩展名是 .docx，但内容不是 Word 文档。", result.Error);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt");

        Assert.Equal($"找不到文件：{path}", ReportImporter.ImportFile(path).Error);
    }
}
