using LawReport.Documents.Pdf;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>One renderer with the shipped fonts for the whole test run, as the web app holds one.</summary>
internal static class Renderers
{
    private static readonly Lazy<PdfReportRenderer> Shipped = new(() => new PdfReportRenderer());

    public static PdfReportRenderer WithShippedFonts => Shipped.Value;

    public static readonly DateTimeOffset PublicationDate = new(2025, 3, 28, 0, 0, 0, TimeSpan.FromHours(8));

    public static RenderOptions Published => new() { CreationDate = PublicationDate };
}
