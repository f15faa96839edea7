using DocumentFormat.OpenXml.Wordprocessing;
using LawReport.Documents.Import;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Tables are read as rows of text with a warning; paragraphs bold as a whole are heading evidence; .doc is explained.</summary>
public class WordTablesAndBoldHeadings
{
    [Fact]
    public void A_table_is_read_one_line_per_row_with_a_warning()
    {
        var table = new Table(
            new TableRow(Cell("指标"), Cell("2022年"), Cell("2023年")),
            new TableRow(Cell("行政复议案件"), Cell("10件"), Cell("12件")));
        var builder = new WordDocumentBuilder()
            .Paragraph("市司法局2023年度法治政府建设情况报告", "Title")
            .Paragraph("一、主要举措和成效")
            .Paragraph("全年办理案件情况如下：");
        var docx = builder.Build(table);

        var result = ReportImporter.Import(docx, "报告.docx");
        var report = Succeeded(result);

        Assert.Equal(["全年办理案件情况如下：", "指标 2022年 2023年", "行政复议案件 10件 12件"], report.Sections[0].Items.Single().Paragraphs);
        Assert.Contains(result.Warnings, w => w.Contains("表格", StringComparison.Ordinal) && w.Contains("2 行", StringComparison.Ordinal));
    }

    [Fact]
    public void Bold_paragraphs_without_numbers_are_section_headings()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市司法局2023年度法治政府建设情况报告", "Title")
            .Paragraph(null, null, new Run(new RunProperties(new Bold()), new Text("党组重视，引领法治建设")))
            .Paragraph("全年召开党组会专题研究法治建设4次。")
            .Paragraph(null, null, new Run(new RunProperties(new Bold()), new Text("建章立制，完善制度体系")))
            .Paragraph("制定规范性文件3件。")
            .Build();

        var report = Succeeded(ReportImporter.Import(docx, "报告.docx"));

        Assert.Equal(["党组重视，引领法治建设", "建章立制，完善制度体系"], report.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_bold_run_in_heading_without_a_full_stop_is_kept_as_the_item_heading()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市司法局2023年度法治政府建设情况报告", "Title")
            .Paragraph("一、主要举措和成效")
            .Paragraph(null, null, new Run(new RunProperties(new Bold()), new Text("（一）加强组织领导")), new Run(new Text("局党组召开专题会议4次，研究部署法治建设。")))
            .Paragraph(null, null, new Run(new RunProperties(new Bold()), new Text("（二）规范行政执法")), new Run(new Text("全年开展执法检查12次。")))
            .Build();

        var report = Succeeded(ReportImporter.Import(docx, "报告.docx"));

        Assert.Equal(["加强组织领导", "规范行政执法"], ImportAssertions.ItemHeadings(report.Sections[0]));
        Assert.Equal(["局党组召开专题会议4次，研究部署法治建设。"], report.Sections[0].Items[0].Paragraphs);
    }

    [Fact]
    public void An_old_doc_file_is_refused_with_how_to_save_it_as_docx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = ReportImporter.Import(ole, "报告.doc");

        Assert.Contains("另存为", result.Error, StringComparison.Ordinal);
        Assert.Contains("Word 文档（*.docx）", result.Error, StringComparison.Ordinal);
    }

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));
}
