using System.Text;
using LawReport.Documents.Layout;
using LawReport.Documents.Tests.Layout;

namespace LawReport.Documents.Tests.Pdf;

/// <summary>A published file's SHA-256 must be reproducible: nothing random or clock-dependent is written.</summary>
public class ReproducibleOutput
{
    [Fact]
    public void Renders_at_different_times_of_the_same_input_are_identical_with_every_variant()
    {
        var options = Renderers.Published with
        {
            Watermark = DraftWatermark.ForReview,
            Letterhead = new Letterhead("重庆市人民政府外事办公室", "渝外办〔2021〕3号", "章勇武"),
        };

        var first = Renderers.WithShippedFonts.Render(SeedFixtures.Load("001"), options).Bytes;
        Thread.Sleep(1100);
        var second = Renderers.WithShippedFonts.Render(SeedFixtures.Load("001"), options).Bytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_creation_date_gives_a_different_file()
    {
        var report = SeedFixtures.Load("004");

        var first = Renderers.WithShippedFonts.Render(report, Renderers.Published).Bytes;
        var second = Renderers.WithShippedFonts.Render(report, Renderers.Published with { CreationDate = Renderers.PublicationDate.AddDays(1) }).Bytes;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_document_id_and_font_subset_names_are_derived_from_the_content()
    {
        var report = SeedFixtures.Load("004");
        var original = Encoding.Latin1.GetString(Renderers.WithShippedFonts.Render(report, Renderers.Published).Bytes);
        var changed = Encoding.Latin1.GetString(Renderers.WithShippedFonts.Render(report with { Note = "（此件不公开）" }, Renderers.Published).Bytes);

        Assert.NotEqual(Trailer(original), Trailer(changed));
        Assert.DoesNotContain("uuid:00000000", original, StringComparison.Ordinal);
    }

    private static string Trailer(string pdf) => pdf[pdf.LastIndexOf("trailer", StringComparison.Ordinal)..];

    [Fact]
    public void A_report_without_a_date_renders_to_the_same_bytes_with_a_creation_date_from_its_year()
    {
        var report = SeedFixtures.Load("001") with { DateWritten = null, Metadata = null, Year = 2020 };

        var first = Renderers.WithShippedFonts.Render(report, new Documents.Pdf.RenderOptions());
        Thread.Sleep(1100);
        var second = Renderers.WithShippedFonts.Render(report, new Documents.Pdf.RenderOptions());

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(new DateTime(2020, 12, 31, 16, 0, 0, DateTimeKind.Utc), PdfInspector.Open(first.Bytes).Document.Info.CreationDate.ToUniversalTime());
    }

    [Fact]
    public void The_creation_date_is_the_date_written_else_the_publication_date()
    {
        var written = SeedFixtures.Load("004") with { DateWritten = new DateOnly(2025, 1, 20) };
        var published = written with { DateWritten = null, Metadata = new Model.DisclosureMetadata { DatePublished = new DateOnly(2025, 3, 1) } };

        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.FromHours(8)), Documents.Pdf.CreationDates.Of(written));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), Documents.Pdf.CreationDates.Of(published));
    }
}
