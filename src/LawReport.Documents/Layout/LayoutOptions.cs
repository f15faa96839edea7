namespace LawReport.Documents.Layout;

/// <summary>The variants of the official layout.</summary>
public sealed record LayoutOptions
{
    public static LayoutOptions Default { get; } = new();

    public DraftWatermark Watermark { get; init; } = DraftWatermark.None;

    /// <summary>The 红头 for the copy sent to 市委、市政府; null for the published copy.</summary>
    public Letterhead? Letterhead { get; init; }

    /// <summary>The advances of the fonts that will draw the text; without them every narrow character takes half a cell.</summary>
    public IGlyphAdvances? Advances { get; init; }
}

/// <summary>The watermark on a report that is not yet published.</summary>
public enum DraftWatermark
{
    None,

    /// <summary>草稿: a draft still being written.</summary>
    Draft,

    /// <summary>送审稿: a version submitted for review.</summary>
    ForReview,
}

/// <summary>
/// 版头 of GB/T 9704 7.2: 发文机关标志 (e.g. 重庆市人民政府外事办公室文件) in red, 发文字号 (e.g. 渝外办〔2025〕3号),
/// for a 上行文 the 签发人, and the red separator line.
/// </summary>
public sealed record Letterhead(string IssuerMark, string DocumentNumber, string? Signer = null);

public static class DraftWatermarkText
{
    public static string? Of(DraftWatermark watermark) => watermark switch
    {
        DraftWatermark.Draft => "草稿",
        DraftWatermark.ForReview => "送审稿",
        _ => null,
    };
}
