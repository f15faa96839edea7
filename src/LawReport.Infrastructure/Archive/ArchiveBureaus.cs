using System.Text.RegularExpressions;
using LawReport.Documents.Import.Parsing;
using LawReport.Documents.Model;
using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Archive;

/// <summary>The bureau an archived report belongs to, and whether it has to be created.</summary>
internal sealed record ArchiveBureau(Bureau Bureau, bool IsNew);

/// <summary>
/// Finds the bureau of a report being archived. The caller's choice wins (an existing bureau, or a full
/// name); otherwise the name read from the report. A name matches a bureau's full name, also when one
/// is written in traditional characters (seed 003: 北京市人民政府外事辦公室); a short name (市外办, as
/// seed 004 signs) matches only when exactly one bureau uses it, and never creates one: every city's
/// foreign affairs office calls itself 市外办. A full name nobody has yet creates the bureau, inactive —
/// it may be a bureau that no longer files (renamed, merged); a system administrator activates it when it does.
/// </summary>
internal static partial class ArchiveBureaus
{
    public static async Task<ArchiveBureau> FindOrCreateAsync(AppDbContext db, ArchiveRequest request, CancellationToken cancellationToken)
    {
        if (request.BureauId is { } id)
        {
            var chosen = await db.Bureaus.FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
                ?? throw new DomainException("所选单位不存在，可能已被删除，请重新选择。");
            return new ArchiveBureau(chosen, IsNew: false);
        }

        var name = PlainText.Line(request.BureauName ?? request.Report.Bureau);
        if (name.Length == 0)
        {
            throw new DomainException("没能从文件中识别出报告单位，请指定单位（单位全称）。");
        }

        var (found, byShortName) = await FindAsync(db, name, cancellationToken);
        if (found is not null)
        {
            return new ArchiveBureau(found, IsNew: false);
        }

        if (byShortName.Count > 1 || IsShortName(name))
        {
            var candidates = byShortName.Count > 1 ? $"（用这个简称的有：{string.Join("、", byShortName.Select(b => b.FullName))}）" : "";
            throw new DomainException($"报告中的单位名称“{name}”是简称，无法确定是哪个单位{candidates}，请指定单位全称。");
        }

        return new ArchiveBureau(Create(name, request.Report), IsNew: true);
    }

    /// <summary>
    /// The existing bureau <paramref name="name"/> denotes, if any; else the bureaus that share it as their
    /// short name (more than one: the name is ambiguous).
    /// </summary>
    public static async Task<(Bureau? Found, IReadOnlyList<Bureau> SameShortName)> FindAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await db.Bureaus.FirstOrDefaultAsync(b => b.FullName == name, cancellationToken) is { } exact)
        {
            return (exact, []);
        }

        var folded = ChineseVariants.Fold(name);
        var bureaus = await db.Bureaus.ToListAsync(cancellationToken);
        if (bureaus.FirstOrDefault(b => ChineseVariants.Fold(b.FullName) == folded) is { } variant)
        {
            return (variant, []);
        }

        var byShortName = bureaus.Where(b => ChineseVariants.Fold(b.ShortName) == folded).ToList();
        return byShortName.Count == 1 ? (byShortName[0], []) : (null, byShortName);
    }

    /// <summary>A name without a place before the body (市外办, 区司法局) or too short to be a full name.</summary>
    private static bool IsShortName(string name) => name.Length < 6 || "市省区县州".Contains(name[0]);

    private static Bureau Create(string fullName, ReportDocument report)
    {
        var bureau = Bureau.Create(
            fullName,
            ShortName(fullName, report),
            OrganizationCode(report.Metadata?.IndexNumber),
            City().Match(fullName) is { Success: true } city ? city.Value : "",
            category: "");
        bureau.Deactivate();
        return bureau;
    }

    /// <summary>The shortest name the report also uses for its bureau (signature, publisher), else the full name.</summary>
    private static string ShortName(string fullName, ReportDocument report) =>
        new[] { report.Signature, report.Metadata?.Publisher ?? "" }
            .Select(n => PlainText.Line(n))
            .Where(n => n.Length > 0 && n.Length < fullName.Length && n.Length <= Bureau.ShortNameMaxLength)
            .OrderBy(n => n.Length)
            .FirstOrDefault()
        ?? (fullName.Length <= Bureau.ShortNameMaxLength ? fullName : fullName[..Bureau.ShortNameMaxLength]);

    /// <summary>The code an index number starts with (014109568/2022-00012), when it is a valid organisation code.</summary>
    private static string OrganizationCode(string? indexNumber)
    {
        var prefix = indexNumber?.Split('/')[0] ?? "";
        try
        {
            return Bureau.NormalizeOrganizationCode(prefix);
        }
        catch (DomainException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,7}?(?:市|自治州|盟)")]
    private static partial Regex City();
}
