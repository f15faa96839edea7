using LawReport.Domain.Reports;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>Where an item of a merge proposal comes from.</summary>
public enum MergeOrigin
{
    Both,
    Mine,
    Theirs,
}

public sealed record MergedItem(ReportItemContent Content, MergeOrigin Origin);

/// <summary>
/// The starting point of a merge after an edit conflict: both versions' items in one list, the items both
/// have once, and where they differ first the filer's items, then the saved ones — so nothing is lost and
/// the filer deletes or combines what should not stay.
/// </summary>
public static class SectionMerge
{
    public static IReadOnlyList<MergedItem> Items(IReadOnlyList<ReportItemContent> mine, IReadOnlyList<ReportItemContent> theirs)
    {
        // Longest common subsequence of equal items: they are the anchors both versions agree on.
        var common = new int[mine.Count + 1, theirs.Count + 1];
        for (var m = mine.Count - 1; m >= 0; m--)
        {
            for (var t = theirs.Count - 1; t >= 0; t--)
            {
                common[m, t] = Same(mine[m], theirs[t]) ? common[m + 1, t + 1] + 1 : Math.Max(common[m + 1, t], common[m, t + 1]);
            }
        }

        var merged = new List<MergedItem>();
        var (i, j) = (0, 0);
        var pendingTheirs = new List<MergedItem>();
        while (i < mine.Count || j < theirs.Count)
        {
            if (i < mine.Count && j < theirs.Count && Same(mine[i], theirs[j]))
            {
                merged.AddRange(pendingTheirs);
                pendingTheirs.Clear();
                merged.Add(new MergedItem(mine[i], MergeOrigin.Both));
                (i, j) = (i + 1, j + 1);
            }
            else if (j >= theirs.Count || (i < mine.Count && common[i + 1, j] >= common[i, j + 1]))
            {
                merged.Add(new MergedItem(mine[i++], MergeOrigin.Mine));
            }
            else
            {
                pendingTheirs.Add(new MergedItem(theirs[j++], MergeOrigin.Theirs));
            }
        }

        merged.AddRange(pendingTheirs);
        return merged;
    }

    private static bool Same(ReportItemContent a, ReportItemContent b) =>
        string.Equals(a.Heading ?? "", b.Heading ?? "", StringComparison.Ordinal)
        && string.Equals(a.Body ?? "", b.Body ?? "", StringComparison.Ordinal);
}
