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
}
