using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Tests.Layout;

/// <summary>
/// GB/T 9704 7.3.5: the page with the signature carries text. At least two lines of text other than the
/// closing formula move with 特此报告, the 署名 and the date, whatever fills the pages before.
/// </summary>
public class SignaturePage
{
    public static TheoryData<int> LongItemLengths()
    {
        var data = new TheoryData<int>();
        for (var length = 4900; length <= 5100; length += 7)
        {
            data.Add(length);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LongItemLengths))]
    public void The_signature_page_holds_at_least_two_lines_of_text_besides_the_closing_formula(int length)
    {
        var report = new ReportDocument
        {
            Title = "某市外事办公室2024年度法治政府建设情况报告",
            Sections =
            [
                new DocumentSection
                {
                    Kind = SectionKind.Measures,
                    Heading = "坚持以习近平新时代中国特色社会主义思想为指导全面推进法治政府建设各项工作取得实效",
                    Items =
                    [
                        new DocumentItem
                        {
                            Heading = "深入学习贯彻习近平法治思想",
                            Paragraphs = [string.Concat(Enumerable.Repeat("我办坚持依法行政,推进“放管服”改革(2024年)；", 200))[..length]],
                        },
                    ],
                },
            ],
            Closing = ["特此报告。"],
            Signature = "某市外事办公室",
            DateWritten = new DateOnly(2025, 1, 20),
        };

        var last = ReportLayoutEngine.Layout(report).Pages[^1];

        Assert.Contains(last.Lines, l => l.Kind == LineKind.Signature);
        var text = last.Lines.Where(l => l.Kind is LineKind.Body or LineKind.Heading && l.Text != "特此报告。").ToList();
        Assert.True(text.Count >= 2, $"{text.Count} line(s) of text on the signature page");
    }
}
