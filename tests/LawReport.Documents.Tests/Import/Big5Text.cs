using System.Text;
using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Big5 is read besides UTF-8, UTF-16 and GB18030; bytes no encoding reads are refused with what was tried.</summary>
public class Big5Text
{
    static Big5Text() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_traditional_report_in_big5_gives_the_same_report_as_utf8()
    {
        // Big5 lacks a few of the seed's characters (a no-break space, 説): compared is the text as Big5 keeps it.
        var encoding = Encoding.GetEncoding("big5", new EncoderReplacementFallback("？"), DecoderFallback.ExceptionFallback);
        var big5 = encoding.GetBytes(File.ReadAllText(LawReport.Tests.Shared.RepositoryPaths.Seed("003")));
        var text = encoding.GetString(big5);

        var result = ReportImporter.Import(big5, "report.txt");

        Assert.Equal("Big5", result.Encoding);
        Assert.Equal(Succeeded(ReportImporter.Import(Encoding.UTF8.GetBytes(text), "report.txt")), Succeeded(result), new JsonEquality());
    }

    [Fact]
    public void A_web_page_in_big5_declaring_it_in_a_meta_tag_is_read()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head><body><h1>北京市人民政府外事辦公室2023年法治政府建設年度情況報告</h1><p>一、主要舉措和成效</p><p>加強學習，組織學法四次，全體幹部參加。</p></body></html>";

        var result = ReportImporter.Import(Encoding.GetEncoding("big5").GetBytes(page), "page.html");

        Assert.Equal("北京市人民政府外事辦公室2023年法治政府建設年度情況報告", Succeeded(result).Title);
    }

    [Fact]
    public void Simplified_text_in_gb18030_is_not_mistaken_for_big5()
    {
        var text = File.ReadAllText(LawReport.Tests.Shared.RepositoryPaths.Seed("004"));

        var result = ReportImporter.Import(Encoding.GetEncoding("GB18030").GetBytes(text), "report.txt");

        Assert.Equal("GB18030", result.Encoding);
        Assert.Equal(ImportSeed("004").Title, Succeeded(result).Title);
    }

    [Fact]
    public void Bytes_no_encoding_reads_are_refused_naming_the_encodings_tried()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("市外办2024年度法治政府建设情况报告"), 0x81, 0x20, 0xFF, 0x80, 0x81, 0x20];

        var result = ReportImporter.Import(bytes, "report.txt");

        Assert.False(result.Succeeded);
        foreach (var tried in new[] { "UTF-8", "UTF-16", "GB18030", "Big5" })
        {
            Assert.Contains(tried, result.Error, StringComparison.Ordinal);
        }
    }

    /// <summary>Two documents are the same report when their JSON is the same.</summary>
    private sealed class JsonEquality : IEqualityComparer<Documents.Model.ReportDocument>
    {
        public bool Equals(Documents.Model.ReportDocument? x, Documents.Model.ReportDocument? y) =>
            Documents.Model.ReportJson.Serialize(x!) == Documents.Model.ReportJson.Serialize(y!);

        public int GetHashCode(Documents.Model.ReportDocument obj) => 0;
    }
}
