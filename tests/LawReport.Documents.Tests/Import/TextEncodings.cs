using System.Text;
using LawReport.Documents.Import;
using LawReport.Documents.Model;
using LawReport.Tests.Shared;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Text files are read in UTF-8 (with or without a byte-order mark), UTF-16 with a mark, and GB18030/GBK.</summary>
public class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("001", "GB18030")]
    [InlineData("003", "GB18030")]
    [InlineData("004", "GBK")]
    public void Chinese_national_encodings_give_the_same_report_as_utf8(string seed, string encodingName)
    {
        // GBK has no no-break space; the page's indentation becomes plain spaces, as a GBK editor saves it.
        var text = File.ReadAllText(RepositoryPaths.Seed(seed)).Replace('\u00A0', ' ');

        var result = ReportImporter.Import(Encoding.GetEncoding(encodingName).GetBytes(text), "report.txt");

        Assert.Equal(ReportJson.Serialize(ImportSeed(seed)), ReportJson.Serialize(Succeeded(result)));
        Assert.Equal("GB18030", result.Encoding);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_and_windows_line_ends_gives_the_same_report()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("001")).Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = ReportImporter.Import([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "report.txt");

        Assert.Equal(ReportJson.Serialize(ImportSeed("001")), ReportJson.Serialize(Succeeded(result)));
        Assert.Equal("UTF-8", result.Encoding);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_gives_the_same_report()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("002"));

        var result = ReportImporter.Import([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "report.txt");

        Assert.Equal(ReportJson.Serialize(ImportSeed("002")), ReportJson.Serialize(Succeeded(result)));
    }

    [Fact]
    public void A_utf8_file_cut_inside_a_character_is_still_read_as_utf8()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Seed("001"));
        var cut = bytes[..(bytes.Length / 2)];
        while (Encoding.UTF8.GetCharCount(cut) == Encoding.UTF8.GetCharCount(cut[..^1]))
        {
            cut = bytes[..(cut.Length + 1)];
        }

        var result = ReportImporter.Import(cut[..^1], "report.txt");

        Assert.Equal("UTF-8", result.Encoding);
        Assert.Equal("重庆市人民政府外事办公室关于2020年度法治政府建设情况的报告", Succeeded(result).Title);
    }

    [Fact]
    public void The_source_text_is_the_decoded_file_for_the_side_by_side_review()
    {
        var text = File.ReadAllText(RepositoryPaths.Seed("002"));

        var result = ReportImporter.Import(Encoding.GetEncoding("GB18030").GetBytes(text), "report.txt");

        Assert.Equal(text, result.SourceText);
        Assert.Equal(SourceFormat.Text, result.Format);
    }
}
