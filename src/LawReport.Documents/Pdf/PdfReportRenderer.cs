using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LawReport.Documents.Layout;
using LawReport.Documents.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Draws a laid-out report with PDFsharp: every glyph at the position the layout engine gave it, in the
/// first font of its role that has it, embedded as a subset with a Unicode map so that the text copies
/// and searches as written. The output is byte-identical for identical input (<see cref="DeterministicPdf"/>).
/// Thread-safe: one instance can serve the whole application.
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private const double WatermarkSize = 96;

    private static readonly XPdfFontOptions UnicodeEmbedded = new(PdfFontEncoding.Unicode);
    private static readonly ConcurrentDictionary<(string Key, double Size), XFont> Fonts = new();
    private static readonly XColor Red = XColor.FromArgb(255, 230, 0, 18);
    private static readonly XSolidBrush WatermarkBrush = new(XColor.FromArgb(64, 128, 128, 128));

    public FileFormat Format => FileFormat.Pdf;

    private readonly FontLibrary _fonts;

    public PdfReportRenderer(FontSettings? fonts = null)
    {
        _fonts = FontLibrary.Load(fonts ?? new FontSettings());
        PdfSharpEnvironment.EnsureReady(_fonts);
    }

    public RenderedReport Render(ReportDocument report, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(report.Title))
        {
            throw new ReportWithoutTitleException();
        }

        var layout = ReportLayoutEngine.Layout(
            report, new LayoutOptions { Watermark = options.Watermark, Letterhead = options.Letterhead, Advances = _fonts });
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var document = new PdfDocument();

        // Compressing the embedded font subsets is half the work of a render (docs/performance.md): the fastest
        // deflate level saves about a fifth of the CPU time for files about a third larger (380 KiB, not 279 KiB).
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        foreach (var page in layout.Pages)
        {
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(PageGeometry.PageWidth);
            pdfPage.Height = XUnit.FromPoint(PageGeometry.PageHeight);
            using var graphics = XGraphics.FromPdfPage(pdfPage);
            if (page.Watermark is { } watermark)
            {
                DrawWatermark(graphics, watermark);
            }

            foreach (var rule in page.Rules)
            {
                graphics.DrawLine(new XPen(Ink(rule.Color), rule.Thickness), rule.X1, rule.Y, rule.X2, rule.Y);
            }

            foreach (var line in page.Lines)
            {
                DrawLine(graphics, line, missing);
            }

            DrawLine(graphics, page.PageNumber, missing);
        }

        WriteMetadata(document, report, options);
        var bytes = DeterministicPdf.Save(document, Fingerprint(report, options));
        return new RenderedReport(Format, bytes, layout.Pages.Count, missing.ToList());
    }

    private void DrawLine(XGraphics graphics, PlacedLine line, SortedSet<string> missing)
    {
        var brush = new XSolidBrush(Ink(line.Color));
        FontFace? lastFace = null;
        XFont? font = null;
        foreach (var glyph in line.Glyphs)
        {
            var rune = Rune.GetRuneAt(glyph.Text, 0);
            var face = _fonts.Find(glyph.Role, rune);
            if (face is null)
            {
                missing.Add(glyph.Text);
                face = _fonts.Primary(glyph.Role);
            }

            // Neighbouring glyphs nearly always share a font: look it up once per change.
            if (!ReferenceEquals(face, lastFace))
            {
                font = Font(face, line.FontSize);
                lastFace = face;
            }

            graphics.DrawString(glyph.Text, font!, brush, GlyphX(glyph, rune, face, line.FontSize), line.Baseline, XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>
    /// Where the glyph starts in its cell: at the left, but an opening mark that a font draws narrower than
    /// its full cell (“ in a 楷 face is a third of an em) sits at the right of the cell, against the text it opens.
    /// </summary>
    private static double GlyphX(PlacedGlyph glyph, Rune rune, FontFace face, double size)
    {
        if (CharacterClasses.IsOpening(rune) && face.Coverage.AdvanceEm(rune) is { } em && em * size < glyph.Width)
        {
            return glyph.X + glyph.Width - (em * size);
        }

        return glyph.X;
    }

    /// <summary>
    /// 草稿 / 送审稿 across the page in light grey, under the text, drawn as outlines so that it is never
    /// part of the text a reader copies or searches.
    /// </summary>
    private void DrawWatermark(XGraphics graphics, string text)
    {
        var centre = new XPoint(PageGeometry.PageWidth / 2, PageGeometry.PageHeight / 2);
        var runes = text.EnumerateRunes().ToList();
        var x = centre.X - (runes.Count * WatermarkSize / 2);
        var baseline = centre.Y + (WatermarkSize * (PageGeometry.EmAscent - 0.5));
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        foreach (var rune in runes)
        {
            if (_fonts.Find(FontRole.Title, rune) is { } face)
            {
                GlyphOutlines.Add(path, face, rune.Value, WatermarkSize, x, baseline);
            }

            x += WatermarkSize;
        }

        var state = graphics.Save();
        graphics.RotateAtTransform(-45, centre);
        graphics.DrawPath(WatermarkBrush, path);
        graphics.Restore(state);
    }

    private static XFont Font(FontFace face, double size) =>
        Fonts.GetOrAdd((face.Key, size), k => new XFont(k.Key, k.Size, XFontStyleEx.Regular, UnicodeEmbedded));

    private static XColor Ink(InkColor color) => color == InkColor.Red ? Red : XColors.Black;

    private static void WriteMetadata(PdfDocument document, ReportDocument report, RenderOptions options)
    {
        var bureau = options.Author ?? report.Bureau ?? (report.Signature.Length > 0 ? report.Signature : null);
        document.Info.Title = report.Title;
        document.Info.Author = bureau ?? "";
        document.Info.Subject = options.Subject ?? report.Metadata?.Summary ?? "法治政府建设年度报告";
        document.Info.Keywords = options.Keywords ?? string.Join("；", new[]
        {
            "法治政府建设", "年度报告", report.Year?.ToString(CultureInfo.InvariantCulture), bureau,
        }.Where(k => !string.IsNullOrEmpty(k)));
        document.Info.Creator = "LawReport";

        // UTC, so that the file does not depend on the time zone of the machine that renders it.
        document.Info.CreationDate = (options.CreationDate ?? CreationDates.Of(report)).UtcDateTime;
    }

    /// <summary>What determines the file: the report and the options, serialised canonically.</summary>
    private static byte[] Fingerprint(ReportDocument report, RenderOptions options)
    {
        var text = ReportJson.Serialize(report) + "\n" + System.Text.Json.JsonSerializer.Serialize(options, ReportJson.Options);
        return Encoding.UTF8.GetBytes(text);
    }
}
