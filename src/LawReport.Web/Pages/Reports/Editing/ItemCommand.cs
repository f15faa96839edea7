using System.Globalization;
using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

public enum ItemCommandKind
{
    Save,
    Add,
    Up,
    Down,
    Remove,
}

/// <summary>
/// What a section form's button asks for besides saving, when the form is posted without the script
/// (<c>add</c>, <c>up:2</c>, <c>down:2</c>, <c>remove:2</c>; the number is the item's 0-based index in the
/// form). With the script the same buttons act in the page and the whole list is autosaved.
/// </summary>
public sealed record ItemCommand(ItemCommandKind Kind, int Index)
{
    public static ItemCommand Parse(string? value)
    {
        var parts = (value ?? "").Split(':', 2);
        var kind = parts[0] switch
        {
            "add" => ItemCommandKind.Add,
            "up" => ItemCommandKind.Up,
            "down" => ItemCommandKind.Down,
            "remove" => ItemCommandKind.Remove,
            _ => ItemCommandKind.Save,
        };
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        return new ItemCommand(kind is ItemCommandKind.Save or ItemCommandKind.Add || index >= 0 ? kind : ItemCommandKind.Save, index);
    }

    /// <summary>
    /// Applies the command to the posted items (blank ones are not kept by the save) and says what it did:
    /// the 1-based position the moved item will have once saved, for the page to bring it into view, the
    /// message after the save (已将第三条上移。), or why nothing moved.
    /// </summary>
    public ItemCommandResult ApplyTo<T>(List<T> items, Func<T, bool> isBlank)
    {
        if (Kind is ItemCommandKind.Save or ItemCommandKind.Add)
        {
            return new ItemCommandResult(null, Kind == ItemCommandKind.Add ? "已在最后添加一条，请填写。" : "", null);
        }

        if (Index >= items.Count)
        {
            return new ItemCommandResult(null, "", "找不到要操作的那一条，请刷新页面后重试。");
        }

        var number = Numbering.ChineseNumeral(Index + 1);
        if (Kind == ItemCommandKind.Remove)
        {
            items.RemoveAt(Index);
            return new ItemCommandResult(null, $"已删除第{number}条。", null);
        }

        var target = Index + (Kind == ItemCommandKind.Up ? -1 : 1);
        if (target < 0 || target >= items.Count)
        {
            return new ItemCommandResult(null, "", Kind == ItemCommandKind.Up ? "这一条已在最前面。" : "这一条已在最后面。");
        }

        (items[Index], items[target]) = (items[target], items[Index]);
        var focus = isBlank(items[target]) ? (int?)null : items.Take(target + 1).Count(i => !isBlank(i));
        return new ItemCommandResult(focus, $"已将第{number}条{(Kind == ItemCommandKind.Up ? "上移" : "下移")}。", null);
    }
}

/// <summary>What a command did: where the moved item lands, the message to show, or why it was refused.</summary>
public sealed record ItemCommandResult(int? Focus, string Done, string? Refusal);
