using DocumentFormat.OpenXml.Wordprocessing;
using LawReport.Documents.Import;
using LawReport.Domain.Reports;
using static LawReport.Documents.Tests.Import.ImportAssertions;
using static LawReport.Documents.Tests.Import.WordDocumentBuilder;

namespace LawReport.Documents.Tests.Import;

/// <summary>Word documents are read paragraph by paragraph, with heading styles and automatic numbering.</summary>
public class WordDocumentImport
{
    [Fact]
    public void Heading_styles_and_automatic_numbering_give_the_outline()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市司法局2023年度法治政府建设情况报告", "Title")
            .Paragraph("市委、市政府：")
            .Paragraph("2023年，我局坚持依法行政，现将有关情况报告如下。")
            .Paragraph("主要举措和成效", "Heading1", SectionList)
            .Paragraph("科学规划年度工作。印发年度工作要点。", list: ItemList)
            .Paragraph("严格规范执法。开展执法检查12次。", list: ItemList)
            .Paragraph("存在的不足和原因", "Heading1", SectionList)
            .Paragraph("基层执法力量仍显不足。")
            .Paragraph("下一年度主要安排", "Heading1", SectionList)
            .Paragraph("强化学习培训", "Heading2")
            .Paragraph("组织全员学法考法。")
            .Paragraph("市司法局")
            .Paragraph("2024年1月15日")
            .Build();

        var result = ReportImporter.Import(docx, "报告.docx");
        var report = Succeeded(result);

        Assert.Equal(SourceFormat.Word, result.Format);
        Assert.Equal("市司法局2023年度法治政府建设情况报告", report.Title);
        Assert.Equal("市委、市政府", report.Addressee);
        Assert.Equal(
            [
                (SectionKind.Measures, "主要举措和成效"),
                (SectionKind.Problems, "存在的不足和原因"),
                (SectionKind.NextYearPlans, "下一年度主要安排"),
            ],
            Outline(report));
        Assert.Equal(["科学规划年度工作。", "严格规范执法。"], ItemHeadings(report.Sections[0]));
        Assert.Equal(["开展执法检查12次。"], report.Sections[0].Items[1].Paragraphs);
        Assert.Equal(["强化学习培训"], ItemHeadings(report.Sections[2]));
        Assert.Equal("市司法局", report.Signature);
        Assert.Equal(new DateOnly(2024, 1, 15), report.DateWritten);
    }

    [Fact]
    public void The_source_text_shows_the_numbers_word_draws()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("主要举措和成效", list: SectionList)
            .Paragraph("科学规划年度工作。", list: ItemList)
            .Paragraph("严格规范执法。", list: ItemList)
            .Paragraph("存在的不足和原因", list: SectionList)
            .Build();

        var result = ReportImporter.Import(docx, "报告.docx");

        Assert.Equal("一、主要举措和成效\n（一）科学规划年度工作。\n（二）严格规范执法。\n二、存在的不足和原因", result.SourceText);
    }

    [Fact]
    public void Typed_numbers_in_unstyled_paragraphs_are_read_as_in_a_text_file()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市外办2022年度法治政府建设情况报告")
            .Paragraph("一、2022年推进法治政府建设的主要举措和成效")
            .Paragraph("（一）加强学习。组织学法4次。")
            .Paragraph("二、2023年工作安排")
            .Paragraph("继续推进依法行政。")
            .Build();

        var report = Succeeded(ReportImporter.Import(docx, "报告.docx"));

        Assert.Equal([(SectionKind.Measures, "2022年推进法治政府建设的主要举措和成效"), (SectionKind.NextYearPlans, "2023年工作安排")], Outline(report));
        Assert.Equal(["加强学习。"], ItemHeadings(report.Sections[0]));
    }

    [Fact]
    public void A_line_break_inside_a_paragraph_separates_lines()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市外办2022年度法治政府建设情况报告")
            .Paragraph("一、主要举措和成效")
            .Paragraph("依法履职。")
            .Paragraph(null, null, new Run(new Text("市外办"), new Break(), new Text("2023年1月5日")))
            .Build();

        var report = Succeeded(ReportImporter.Import(docx, "报告.docx"));

        Assert.Equal("市外办", report.Signature);
        Assert.Equal(new DateOnly(2023, 1, 5), report.DateWritten);
    }

    [Fact]
    public void Deleted_revisions_are_not_imported()
    {
        var docx = new WordDocumentBuilder()
            .Paragraph("市外办2022年度法治政府建设情况报告")
            .Paragraph("一、主要举措和成效")
            .Paragraph(null, null, new Run(new Text("依法履职。")), new DeletedRun(new DeletedText("删去的话。")) { Id = "1", Author = "审核人" })
            .Build();

        var report = Succeeded(ReportImporter.Import(docx, "报告.docx"));

        Assert.Equal(["依法履职。"], report.Sections[0].Items.Single().Paragraphs);
    }
}
