using LawReport.Documents.Layout;
using LawReport.Documents.Pdf;

namespace LawReport.Documents.Tests.Pdf;

public class FontConfiguration
{
    [Fact]
    public void Each_role_has_a_shipped_chain_by_default_resolved_against_the_shipped_folder()
    {
        var settings = new FontSettings();

        Assert.All(Enum.GetValues<FontRole>(), role =>
        {
            var chain = settings.ChainFor(role);
            Assert.NotEmpty(chain);
            Assert.All(chain, f => Assert.True(File.Exists(settings.ResolvePath(f)), f));
        });
    }

    [Fact]
    public void A_configured_chain_replaces_the_shipped_one_and_absolute_paths_stay_as_they_are()
    {
        var settings = new FontSettings { Heading1 = ["/srv/fonts/simhei.ttf"], Directory = "/srv/fonts" };

        Assert.Equal(["/srv/fonts/simhei.ttf"], settings.ChainFor(FontRole.Heading1));
        Assert.Equal("/srv/fonts/FZXBSJW.ttf", settings.ResolvePath("FZXBSJW.ttf"));
    }

    [Fact]
    public void A_missing_font_file_is_named_with_its_role()
    {
        var settings = new FontSettings { Title = ["no-such-font.ttf"] };

        var error = Assert.Throws<FontFileException>(() => new PdfReportRenderer(settings));

        Assert.Contains("找不到字体文件", error.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-font.ttf", error.Message, StringComparison.Ordinal);
        Assert.Contains("标题", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ttcf", "字体集合")]
    [InlineData("OTTO", "CFF")]
    [InlineData("%PDF", "不是 TrueType")]
    public void A_font_PDFsharp_cannot_embed_is_refused_with_the_reason(string signature, string reason)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lawreport-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(signature), .. new byte[64]]);
        try
        {
            var error = Assert.Throws<FontFileException>(() => FontLibrary.Load(new FontSettings { Body = [path] }));
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_empty_chain_is_refused()
    {
        var error = Assert.Throws<FontFileException>(() => FontLibrary.Load(new FontSettings { PageNumber = [] }));

        Assert.Contains("页码", error.Message, StringComparison.Ordinal);
    }
}
