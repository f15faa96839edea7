using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using LawReport.Documents.Pdf;
using LawReport.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace LawReport.Web.PageSupport;

/// <summary>A report's text as the official PDF will look, marked as a draft, for reading before a decision.</summary>
public static class DraftPdf
{
    public static FileContentResult Render(
        IReportRenderer renderer, ReportContent content, string bureau, int year, DraftWatermark watermark, DateTimeOffset now)
    {
        var rendered = renderer.Render(ReportDocument.FromContent(content, bureau, year), new RenderOptions { CreationDate = now, Watermark = watermark });
        return new FileContentResult(rendered.Bytes, rendered.ContentType) { FileDownloadName = $"{content.Title}（{DraftWatermarkText.Of(watermark)}）.pdf" };
    }
}
