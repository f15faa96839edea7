using System.Net;
using System.Text;
using LawReport.Documents.Model;
using LawReport.Domain.Reports;

namespace LawReport.Benchmarks;

/// <summary>The same report as simple HTML styled for A4 and the GB/T 9704 margins, for Chromium to print.</summary>
internal static class ReportHtml
{
    public static string Of(ReportDocument report)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: "AR PL SungtiL GB", serif; font-size: 16pt; line-height: 28.99pt; margin: 0; }
            h1 { font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 28.99pt; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            .h1 { font-family: "Droid Sans Fallback", sans-serif; }
            .h2 { font-family: "LXGW WenKai", serif; }
            .addressee { text-indent: 0; }
            .signature { text-align: right; margin-right: 4em; }
            </style></head><body>
            """);
        html.Append("<h1>").Append(Encode(report.Title)).Append("</h1>");
        if (report.Addressee.Length > 0)
        {
            html.Append("<p class=\"addressee\">").Append(Encode(report.Addressee)).Append("：</p>");
        }

        Paragraphs(html, report.Preamble);
        var section = 0;
        foreach (var s in report.Sections)
        {
            if (s.Heading.Length > 0)
            {
                html.Append("<p class=\"h1\">").Append(Numbering.SectionLabel(++section)).Append(Encode(s.Heading)).Append("</p>");
            }

            var item = 0;
            foreach (var i in s.Items)
            {
                if (!string.IsNullOrEmpty(i.Heading))
                {
                    html.Append("<p><span class=\"h2\">").Append(Numbering.ItemLabel(++item)).Append(Encode(i.Heading)).Append("</span></p>");
                }

                Paragraphs(html, i.Paragraphs);
            }
        }

        Paragraphs(html, report.Closing);
        html.Append("<p class=\"signature\"><br><br>").Append(Encode(report.Signature)).Append("</p>");
        return html.Append("</body></html>").ToString();
    }

    private static void Paragraphs(StringBuilder html, IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
