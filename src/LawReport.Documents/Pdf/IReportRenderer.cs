using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Domain.Common;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Renders a report as its official document. The web app and the command line depend on this
/// interface only, so another backend (e.g. OFD) can be added beside <see cref="PdfReportRenderer"/>.
/// </summary>
public interface IReportRenderer
{
    /// <summary>The format this renderer writes: what a published file is stored and served as.</summary>
    FileFormat Format { get; }

    /// <summary>
    /// Renders <paramref name="report"/>. The same report and options always give the same bytes.
    /// Throws <see cref="ArgumentException"/> only for a caller's mistake (<see cref="ReportWithoutTitleException"/>
    /// for a report without a title: a 公文 has one); characters no font can draw are
    /// reported in <see cref="RenderedReport.MissingCharacters"/>.
    /// </summary>
    RenderedReport Render(ReportDocument report, RenderOptions options);
}

/// <summary>How to render: the variant (watermark, letterhead) and what to write into the document's metadata.</summary>
public sealed record RenderOptions
{
    /// <summary>
    /// The creation date written into the file; by default the report's own date (<see cref="CreationDates.Of"/>).
    /// The renderer never reads the clock, so that a published file can be rebuilt byte for byte.
    /// </summary>
    public DateTimeOffset? CreationDate { get; init; }

    public DraftWatermark Watermark { get; init; } = DraftWatermark.None;

    public Letterhead? Letterhead { get; init; }

    /// <summary>The bureau; defaults to the report's bureau, then its signature.</summary>
    public string? Author { get; init; }

    /// <summary>Defaults to the report's 内容概述, then 法治政府建设年度报告.</summary>
    public string? Subject { get; init; }

    /// <summary>Defaults to 法治政府建设；年度报告；the year；the bureau.</summary>
    public string? Keywords { get; init; }
}

/// <summary>
/// A rendered report: the file in its format, its page count, and the characters no font of their role
/// could draw (drawn as the font's empty box: publishing should stop until a font is configured).
/// </summary>
public sealed record RenderedReport(FileFormat Format, byte[] Bytes, int PageCount, IReadOnlyList<string> MissingCharacters)
{
    public string ContentType => Format.ContentType;
}

/// <summary>
/// A format the official document is written in: PDF today; OFD (the national format for electronic
/// official documents) or an editable .docx can be added beside it with a renderer of their own.
/// </summary>
/// <param name="Name">The short name stored with a file and shown to people (PDF, OFD, DOCX).</param>
/// <param name="ContentType">The media type a download is served with.</param>
/// <param name="Extension">The file name extension, with its dot.</param>
public sealed record FileFormat(string Name, string ContentType, string Extension)
{
    public static readonly FileFormat Pdf = new("PDF", "application/pdf", ".pdf");
}

/// <summary>A report without a title cannot become an official document.</summary>
public sealed class ReportWithoutTitleException() : ArgumentException("报告没有标题，不能生成公文 PDF：请先填写标题。");

/// <summary>
/// The date a report's file is created on, taken from the report itself so that rendering it again gives
/// the same bytes: its 成文日期, else its publication date, else 1 January of the year after the year
/// reported on (when such reports are written), else 1 January 2000. Never the clock.
/// </summary>
public static class CreationDates
{
    public static DateTimeOffset Of(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var date = report.DateWritten
            ?? report.Metadata?.DatePublished
            ?? (report.Year is { } year and >= 1 and < 9999 ? new DateOnly(year + 1, 1, 1) : new DateOnly(2000, 1, 1));
        return ChinaTime.StartOf(date);
    }
}
