using System.Text;
using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>A report's text as a reader sees it, numbering included, one paragraph per line.</summary>
public static class ReportText
{
    public static string Plain(ReportContent content)
    {
        var text = new StringBuilder();
        Line(content.Title);
        Line(content.Addressee.Length > 0 ? content.Addressee + "：" : "");
        foreach (var paragraph in PlainText.Paragraphs(content.Preamble))
        {
            Line(paragraph);
        }

        for (var s = 0; s < content.Sections.Count; s++)
        {
            var section = content.Sections[s];
            Line(Numbering.SectionLabel(s + 1) + section.Heading);
            var number = 0;
            foreach (var item in section.Items)
            {
                var paragraphs = PlainText.Paragraphs(item.Body);
                if (string.IsNullOrEmpty(item.Heading))
                {
                    foreach (var paragraph in paragraphs)
                    {
                        Line(paragraph);
                    }

                    continue;
                }

                Line(Numbering.ItemLabel(++number) + item.Heading);
                foreach (var paragraph in paragraphs)
                {
                    Line(paragraph);
                }
            }
        }

        Line(content.Closing);
        Line(content.Signature);
        Line(content.DateWritten is { } date ? ChineseDate.Format(date) : "");
        Line(content.Note);
        return text.ToString().TrimEnd();

        void Line(string value)
        {
            if (value.Length > 0)
            {
                text.Append(value).Append('\n');
            }
        }
    }
}
