using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>One part of a report: its kind, the bureau's own heading (without 一、) and its items.</summary>
public sealed class ReportSection
{
    private readonly List<ReportItem> _items = [];

    private ReportSection()
    {
    }

    internal ReportSection(SectionKind kind, string heading, int order)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("未知的报告部分类型。");
        }

        Kind = kind;
        Heading = NormalizeHeading(heading);
        Order = order;
    }

    public int Id { get; private set; }

    public SectionKind Kind { get; private set; }

    public string Heading { get; private set; } = "";

    public int Order { get; internal set; }

    public IReadOnlyList<ReportItem> Items => _items.OrderBy(i => i.Order).ToList();

    /// <summary>Characters of text in this section (headings and bodies), as the editor counts them.</summary>
    public int TextLength => _items.Sum(i => PlainText.VisibleLength(i.Heading) + PlainText.VisibleLength(i.Body));

    public bool IsEmpty => _items.All(i => i.IsEmpty);

    internal void Rename(string heading) => Heading = NormalizeHeading(heading);

    internal void ChangeKind(SectionKind kind) =>
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("未知的报告部分类型。");

    internal void ReplaceItems(IEnumerable<ReportItemContent> items)
    {
        var replacement = items
            .Select((content, index) => new ReportItem(content, index + 1))
            .Where(item => !item.IsEmpty)
            .ToList();
        if (replacement.Count > AnnualReportLimits.MaxItemsPerSection)
        {
            throw new DomainException($"每个部分最多{AnnualReportLimits.MaxItemsPerSection}条。");
        }

        _items.Clear();
        for (var i = 0; i < replacement.Count; i++)
        {
            replacement[i].Order = i + 1;
            _items.Add(replacement[i]);
        }
    }

    internal ReportItem AddItem(ReportItemContent content)
    {
        if (_items.Count >= AnnualReportLimits.MaxItemsPerSection)
        {
            throw new DomainException($"每个部分最多{AnnualReportLimits.MaxItemsPerSection}条。");
        }

        var item = new ReportItem(content, _items.Count == 0 ? 1 : _items.Max(i => i.Order) + 1);
        _items.Add(item);
        return item;
    }

    internal void RemoveItem(int position)
    {
        _items.Remove(Item(position));
        Renumber();
    }

    /// <summary>Moves an item one place up (-1) or down (+1); moving past either end is refused.</summary>
    internal void MoveItem(int position, int direction)
    {
        var ordered = Items.ToList();
        var index = ordered.IndexOf(Item(position));
        var target = index + Math.Sign(direction);
        if (direction == 0 || target < 0 || target >= ordered.Count)
        {
            throw new DomainException(direction < 0 ? "这一条已在最前面。" : "这一条已在最后面。");
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i + 1;
        }
    }

    /// <summary>The item at a 1-based position (its number （一）（二）… when it has a heading).</summary>
    public ReportItem Item(int position) =>
        _items.FirstOrDefault(i => i.Order == position) ?? throw new DomainException("找不到这一条，可能已被他人删除或移动。");

    private void Renumber()
    {
        var order = 1;
        foreach (var item in _items.OrderBy(i => i.Order))
        {
            item.Order = order++;
        }
    }

    private static string NormalizeHeading(string heading) =>
        Numbering.StripLeading(Guard.Required(heading, AnnualReportLimits.SectionHeadingMaxLength, "部分标题"));
}
