using LawReport.Documents.Layout;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Which font files draw each role, in order of preference: a character missing from one file is drawn
/// by the next (ADR-006). A plain class so that the web app can bind it from configuration, e.g.
/// <c>"Fonts": { "Body": [ "/srv/fonts/FZFSK_GB2312.ttf", "gbsn00lp.ttf" ] }</c>. Relative paths are
/// resolved against <see cref="Directory"/>, by default the <c>Fonts</c> folder shipped beside the
/// application. Files must be TrueType (.ttf with glyf outlines): PDFsharp embeds no .ttc or CFF fonts.
/// </summary>
public sealed class FontSettings
{
    public const string SectionName = "Fonts";

    private const string Song = "gbsn00lp.ttf";
    private const string Ming = "bsmi00lp.ttf";
    private const string Kai = "LXGWWenKai-Regular.ttf";
    private const string Hei = "DroidSansFallbackFull.ttf";

    /// <summary>The folder relative paths are resolved against; null for the shipped <c>Fonts</c> folder.</summary>
    public string? Directory { get; set; }

    /// <summary>标题 (方正小标宋).</summary>
    public string[]? Title { get; set; }

    /// <summary>正文 (仿宋_GB2312).</summary>
    public string[]? Body { get; set; }

    /// <summary>一级标题 一、 (黑体).</summary>
    public string[]? Heading1 { get; set; }

    /// <summary>二级标题 （一） (楷体_GB2312).</summary>
    public string[]? Heading2 { get; set; }

    /// <summary>页码 (宋体).</summary>
    public string[]? PageNumber { get; set; }

    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>
    /// The chain of a role, configured or shipped. The shipped stand-ins: 宋 (AR PL SungtiL GB) for the
    /// title, body and page numbers, with 明 (AR PL Mingti2L Big5) for traditional characters; 黑 (Droid
    /// Sans Fallback) for 一、 headings; 楷 (LXGW WenKai) for （一） headings.
    /// </summary>
    public IReadOnlyList<string> ChainFor(FontRole role) => role switch
    {
        FontRole.Title => Title ?? [Song, Ming, Kai, Hei],
        FontRole.Body => Body ?? [Song, Ming, Kai, Hei],
        FontRole.Heading1 => Heading1 ?? [Hei, Song, Ming, Kai],
        FontRole.Heading2 => Heading2 ?? [Kai, Hei],
        FontRole.PageNumber => PageNumber ?? [Song, Hei],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public string ResolvePath(string file) => Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(Directory ?? ShippedDirectory, file));
}
