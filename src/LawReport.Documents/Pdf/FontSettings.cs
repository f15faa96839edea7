using LawReport.Documents.Layout;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Which font files draw each role, in order of preference: a character missing from one file is drawn
/// by the next (ADR-006). A plain class so that the web app can bind it from configuration, e.g.
/// <c>"Fonts": { "Body": [ "/srv/fonts/FZFSK_GB2312.ttf", "FandolFang-Regular.ttf" ] }</c>. Relative paths are
/// resolved against <see cref="Directory"/>, by default the <c>Fonts</c> folder shipped beside the
/// application. Files must be TrueType (.ttf with glyf outlines): PDFsharp embeds no .ttc or CFF fonts.
/// </summary>
public sealed class FontSettings
{
    public const string SectionName = "Fonts";

    private const string Fang = "FandolFang-Regular.ttf";
    private const string FangTraditional = "cwfs.ttf";
    private const string SongBlack = "NotoSerifSC-Black.ttf";
    private const string Song = "NotoSerifSC-Regular.ttf";
    private const string Hei = "NotoSansSC-Medium.ttf";
    private const string Kai = "LXGWWenKai-Regular.ttf";

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
    /// The chain of a role, configured or shipped (ADR-006). The shipped faces: 仿宋 (FandolFang, with cwTeX
    /// 仿宋 for traditional characters) for the body; Noto Serif SC Black, the usual open stand-in for
    /// 方正小标宋, for the title; Noto Sans SC Medium for 一、 headings (黑体); LXGW WenKai for （一） headings
    /// (楷体). Every chain ends in a face of the same style that covers every character the others lack —
    /// Noto Serif SC Regular for 仿宋 and 宋 — so that a rare character never switches a line to 楷 or 黑.
    /// </summary>
    public IReadOnlyList<string> ChainFor(FontRole role) => role switch
    {
        FontRole.Title => Title ?? [SongBlack],
        FontRole.Body => Body ?? [Fang, FangTraditional, Song],
        FontRole.Heading1 => Heading1 ?? [Hei],
        FontRole.Heading2 => Heading2 ?? [Kai, Song],
        FontRole.PageNumber => PageNumber ?? [Song],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public string ResolvePath(string file) => Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(Directory ?? ShippedDirectory, file));
}
