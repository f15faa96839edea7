namespace LawReport.Documents.Layout;

/// <summary>
/// The typographic roles of an official document. Each role is a chain of font files in
/// <see cref="Pdf.FontSettings"/>: the licensed 方正小标宋 / 仿宋_GB2312 / 黑体 / 楷体_GB2312 where a city has
/// them, open-licensed stand-ins otherwise.
/// </summary>
public enum FontRole
{
    /// <summary>Title and 发文机关标志: 小标宋.</summary>
    Title,

    /// <summary>Body text: 仿宋.</summary>
    Body,

    /// <summary>一、 headings: 黑体.</summary>
    Heading1,

    /// <summary>（一） headings: 楷体.</summary>
    Heading2,

    /// <summary>Page numbers: 宋体 digits.</summary>
    PageNumber,
}
