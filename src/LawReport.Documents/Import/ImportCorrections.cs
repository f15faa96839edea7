using LawReport.Documents.Model;
using LawReport.Domain.Common;
using LawReport.Domain.Reports;

namespace LawReport.Documents.Import;

/// <summary>
/// What a person corrects in an imported report while comparing it with the source: a section's kind,
/// and where sections begin — a section merged into the one before it, a section split at one of its
/// items. No text is lost or changed: a section heading that stops being one becomes the heading of an
/// item, and an item heading becomes the heading of the new section. Positions are 1-based, as the
/// review page numbers them; a position that no longer exists gives a <see cref="DomainException"/>.
/// </summary>
public static class ImportCorrections
{
    /// <summary>The section's kind as a person decided it: confidence 1.</summary>
    public static ReportDocument ChangeKind(ReportDocument report, int section, SectionKind kind)
    {
        var sections = Sections(report, section);
        sections[section - 1] = sections[section - 1] with { Kind = kind, Confidence = 1 };
        return report with { Sections = sections };
    }

    /// <summary>
    /// The section becomes part of the one before it: its heading heads its first item (or an item of its
    /// own when that item has a heading), its items follow the previous section's.
    /// </summary>
    public static ReportDocument MergeIntoPrevious(ReportDocument report, int section)
    {
        var sections = Sections(report, section);
        if (section == 1)
        {
            throw new DomainException("第一部分之前没有其他部分，无法并入。");
        }

        var merged = sections[section - 1];
        var items = merged.Items.ToList();
        if (merged.Heading.Length > 0)
        {
            if (items.Count > 0 && items[0].Heading is null)
            {
                items[0] = items[0] with { Heading = merged.Heading };
            }
            else
            {
                items.Insert(0, new DocumentItem { Heading = merged.Heading });
            }
        }

        var previous = sections[section - 2];
        sections[section - 2] = previous with { Items = [.. previous.Items, .. items] };
        sections.RemoveAt(section - 1);
        return report with { Sections = sections };
    }

    /// <summary>
    /// A new section starts at the item: its heading is the item's heading (or the standard heading of the
    /// kind when the item has none), its kind the kind of the section it came from, to be checked.
    /// </summary>
    public static ReportDocument SplitAt(ReportDocument report, int section, int item)
    {
        var sections = Sections(report, section);
        var split = sections[section - 1];
        if (item < 2 || item > split.Items.Count)
        {
            throw new DomainException($"第{Numbering.ChineseNumeral(section)}部分没有第{item}项，或它是第一项（只能从第二项起拆分），请刷新后再试。");
        }

        var start = split.Items[item - 1];
        var moved = split.Items.Skip(item).ToList();
        if (start.Heading is null)
        {
            moved.Insert(0, start);
        }
        else if (start.Paragraphs.Count > 0)
        {
            moved.Insert(0, start with { Heading = null });
        }

        var heading = start.Heading ?? (report.Year is { } year ? split.Kind.StandardHeading(year) : split.Kind.Label());
        sections[section - 1] = split with { Items = split.Items.Take(item - 1).ToList() };
        sections.Insert(section, split with { Heading = heading, Items = moved });
        return report with { Sections = sections };
    }

    private static List<DocumentSection> Sections(ReportDocument report, int section) =>
        section >= 1 && section <= report.Sections.Count
            ? report.Sections.ToList()
            : throw new DomainException($"找不到第{section}部分，导入内容可能已被他人修改，请刷新后再试。");
}
