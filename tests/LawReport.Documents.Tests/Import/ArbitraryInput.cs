using System.Text;
using LawReport.Documents.Import;
using LawReport.Tests.Shared;
using static LawReport.Documents.Tests.Import.ImportAssertions;

namespace LawReport.Documents.Tests.Import;

/// <summary>Whatever the text, the importer answers with a report or an error; it never throws.</summary>
public class ArbitraryInput
{
    /// <summary>Lines that drive the parser's decisions, to be arranged at random.</summary>
    private static readonly string[] Pieces =
    [
        "", "一、", "一、主要举措和成效", "二、存在的不足", "一、2022年工作安排", "十、其他", "（）", "()规范", "(一)", "（二）加强学习。",
        "1.", "1、建议。", "（1）", "一是", "特此报告", "市外办", "2020年1月1日", "二〇二〇年十一月二十七日", "（此件公开发布）",
        "市政府：", "：", "。", "同时，还有不足。", "索引号：", "日期：2024-03-30", "浏览次数：", "报告", "2021年，我办依法行政。",
        "<p>", "ABC", "\uFEFF", "\u3000\u3000", "某某局关于2021年度法治政府建设情况的报告",
    ];

    [Fact]
    public void Random_arrangements_of_report_parts_never_throw()
    {
        var random = new Random(9704);
        for (var round = 0; round < 3_000; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 25)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var result = ReportImporter.ParseText(string.Join('\n', lines));
            AssertAnswered(result);
        }
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        string[] markup =
        [
            "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<table><tr><td>", "<!--", "-->", "<pre>", "</pre>",
            "<header>", "<article>", "<nav>", "<meta charset=\"utf-16\">", "<meta charset=\"big5\">", "<meta charset=\"bogus\">",
            "&nbsp;", "&#0;", "&#x10FFFF;", "<", ">", "\"", "一、主要举措", "（一）加强学习。", "市外办", "2020年1月1日", "<p style=\"display:none\">",
        ];
        var random = new Random(2012);
        for (var round = 0; round < 1_000; round++)
        {
            var page = "<html><body>" + string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => markup[random.Next(markup.Length)]));
            AssertAnswered(ReportImporter.Import(Encoding.UTF8.GetBytes(page), "page.html"));
        }
    }

    [Fact]
    public void Cutting_any_seed_anywhere_never_throws()
    {
        foreach (var seed in RepositoryPaths.SeedFiles)
        {
            var bytes = File.ReadAllBytes(seed);
            for (var length = 0; length <= bytes.Length; length += 97)
            {
                var result = ReportImporter.Import(bytes[..length], "cut.txt");
                AssertAnswered(result);
            }
        }
    }

    [Fact]
    public void Dropping_or_shuffling_lines_of_any_seed_never_throws()
    {
        var random = new Random(2024);
        foreach (var seed in RepositoryPaths.SeedFiles)
        {
            var lines = File.ReadAllLines(seed);
            for (var round = 0; round < 50; round++)
            {
                var mutated = lines.Where(_ => random.NextDouble() > 0.3).OrderBy(_ => round % 2 == 0 ? 0 : random.Next()).ToList();
                var result = ReportImporter.Import(Encoding.UTF8.GetBytes(string.Join('\n', mutated)), "mutated.txt");
                AssertAnswered(result);
            }
        }
    }
}
