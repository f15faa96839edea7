using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>A section to show read-only with its numbering (partial <c>_SectionText</c>).</summary>
public sealed record SectionText(int Position, SectionContent Section)
{
    /// <summary>一、heading; just the heading for a section shown out of its report (<see cref="Position"/> 0).</summary>
    public string Label => Position > 0 ? Numbering.SectionLabel(Position) + Section.Heading : Section.Heading;
}

/// <summary>
/// One item of the section editor (partial <c>_ItemFields</c>): its index in the form (or <c>__i__</c> in the
/// script's template), its fields, their errors, and for a merge where it comes from.
/// </summary>
public sealed record ItemFields(
    string Index,
    int Number,
    string? Heading,
    string? Body,
    int HeadingNumber,
    string? HeadingError = null,
    string? BodyError = null,
    MergeOrigin? Origin = null)
{
    /// <summary>The numbering the item will get: （二） when it has a heading; items without one are not numbered.</summary>
    public string Label => string.IsNullOrWhiteSpace(Heading) ? "不编号（没有小标题）" : "编号" + Numbering.ItemLabel(HeadingNumber);

    public int Characters => PlainText.VisibleLength(Heading) + PlainText.VisibleLength(Body);

    public string OriginText => Origin switch
    {
        MergeOrigin.Mine => "您的版本",
        MergeOrigin.Theirs => "已保存的版本",
        _ => "两个版本相同",
    };
}

/// <summary>The placeholder index of the item template; the editor script replaces it (wwwroot/js/filing.js).</summary>
public static class ItemFieldsTemplate
{
    public const string Index = "__i__";
}
