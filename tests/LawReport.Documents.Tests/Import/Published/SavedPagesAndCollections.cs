using System.IO.Compression;
using System.Text;
using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import.Published;

/// <summary>Pages as browsers save them (.mhtml, .html with a _files folder) and collections (folders, .zip) of reports.</summary>
public class SavedPagesAndCollections
{
    [Theory]
    [InlineData("quoted-printable")]
    [InlineData("base64")]
    public void A_page_saved_as_a_web_archive_reads_as_the_page(string transferEncoding)
    {
        var expected = ImportSeed("001");
        var page = PublishedPages.DivLayout(expected);
        var body = transferEncoding == "base64" ? Convert.ToBase64String(page, Base64FormattingOptions.InsertLineBreaks) : QuotedPrintable(page);
        var mhtml = Encoding.ASCII.GetBytes($"""
            From: <Saved by Blink>
            Snapshot-Content-Location: https://www.example.gov.cn/zwgk/2021/report.html
            Subject: report
            MIME-Version: 1.0
            Content-Type: multipart/related;
            	type="text/html";
            	boundary="----MultipartBoundary--abc123----"

            ------MultipartBoundary--abc123----
            Content-Type: text/html
            Content-ID: <frame-1@mhtml.blink>
            Content-Transfer-Encoding: {transferEncoding}
            Content-Location: https://www.example.gov.cn/zwgk/2021/report.html

            {body}
            ------MultipartBoundary--abc123----
            Content-Type: image/png
            Content-Transfer-Encoding: base64
            Content-Location: https://www.example.gov.cn/images/logo.png

            iVBORw0KGgo=
            ------MultipartBoundary--abc123------
            """.ReplaceLineEndings("\r\n"));

        var result = ReportImporter.Import(mhtml, "report.mhtml");

        Assert.Equal(SourceFormat.WebPage, result.Format);
        PublishedFormsImport.AssertSameReport(expected, Succeeded(result));
        Assert.Equal(PublishedPages.IndexNumber, result.Report!.Metadata?.IndexNumber);
    }

    [Fact]
    public void A_folder_lists_its_reports_recursively_without_browser_resource_folders()
    {
        var folder = Directory.CreateTempSubdirectory("lawreport-sources-");
        try
        {
            foreach (var path in new[] { "2020/报告.html", "2020/报告_files/menu.html", "2021/报告.pdf", "2021/报告.files/a.htm", "2022/报告.docx", "2022/统计.xlsx", "说明.txt", ".hidden/x.txt" })
            {
                var full = Path.Combine(folder.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, "x");
            }

            var files = ImportSources.FilesIn(folder.FullName).Select(f => Path.GetRelativePath(folder.FullName, f).Replace('\\', '/'));

            Assert.Equal(["2020/报告.html", "2021/报告.pdf", "2022/报告.docx", "说明.txt"], files);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_zip_gives_its_reports_with_names_written_by_chinese_windows()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, Encoding.GetEncoding("GB18030")))
        {
            foreach (var name in new[] { "2020年/报告.txt", "2020年/报告_files/menu.html", "图片.png" })
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write("x"u8);
            }
        }

        buffer.Position = 0;
        var (files, skipped) = ImportSources.ReadZip(buffer);

        Assert.Equal(["2020年/报告.txt"], files.Select(f => f.Name));
        Assert.Empty(skipped);
    }

    private static string QuotedPrintable(byte[] bytes)
    {
        var text = new StringBuilder();
        var lineLength = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 and not (byte)'=' || b == ' ' ? ((char)b).ToString() : b == '\n' ? "\r\n" : b == '\r' ? "" : $"={b:X2}";
            if (piece == "\r\n")
            {
                lineLength = 0;
            }
            else if (lineLength + piece.Length > 75)
            {
                text.Append("=\r\n");
                lineLength = 0;
            }

            text.Append(piece);
            lineLength += piece.Length;
        }

        return text.ToString();
    }
}
