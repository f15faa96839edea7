using LawReport.Documents.Model;
using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Infrastructure.Data;
using LawReport.Web.Pages.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// One published report: the disclosure metadata table (政府信息公开目录), the PDF with its SHA-256, the
/// report as HTML in its official structure, and its versions. A corrected version stays readable, marked
/// 已更正 and linked to the version that replaced it; a withdrawn one is not found.
/// </summary>
public sealed class PublicationModel(AppDbContext db) : PageModel
{
    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    public int BureauId { get; private set; }

    public string BureauName { get; private set; } = "";

    public int Year { get; private set; }

    public string Summary { get; private set; } = "";

    public PublicationState State { get; private set; }

    public int Version { get; private set; }

    /// <summary>The rows of the metadata table, in the order of the 政府信息公开目录.</summary>
    public IReadOnlyList<(string Label, string Value)> Metadata { get; private set; } = [];

    public string PdfSha256 { get; private set; } = "";

    public int PdfLength { get; private set; }

    public string PdfFileName { get; private set; } = "";

    public ReportDocument Document { get; private set; } = new();

    /// <summary>Every version the public may read, oldest first.</summary>
    public IReadOnlyList<VersionLine> Versions { get; private set; } = [];

    /// <summary>For a corrected version: the version that is public now, if any is.</summary>
    public VersionLine? Replacement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var found = await (from publication in db.Readable()
                           join b in db.Bureaus on publication.BureauId equals b.Id
                           where publication.Id == id
                           select new { Publication = publication, Bureau = b.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        var p = found.Publication;
        (Id, Title, BureauId, BureauName, Year, Summary, State, Version) =
            (p.Id, p.Title, p.BureauId, found.Bureau, p.Year, p.Summary, p.State, p.Version);
        (PdfSha256, PdfLength, PdfFileName) = (p.PdfSha256, p.PdfLength, PdfDownload.FileName(p.Title, p.Version));
        Metadata = MetadataOf(p);
        Document = ReportDocument.FromContent(p.Content, found.Bureau, p.Year);

        Versions = await db.Readable()
            .Where(v => v.ReportId == p.ReportId)
            .OrderBy(v => v.Version)
            .Select(v => new VersionLine(v.Id, v.Version, v.PublishedOn, v.State))
            .ToListAsync(cancellationToken);
        Replacement = p.State == PublicationState.Corrected ? Versions.SingleOrDefault(v => v.State == PublicationState.Current) : null;
        return Page();
    }

    private static List<(string, string)> MetadataOf(Publication p)
    {
        var rows = new List<(string, string)>
        {
            ("索引号", Or(p.IndexNumber)),
            ("主题分类", Or(p.Category)),
            ("发布机构", p.Publisher),
            ("成文日期", p.DateWritten is { } written ? ChineseDate.Format(written) : "—"),
            ("公开日期", ChineseDate.Format(p.PublishedOn)),
            ("公开方式", p.DisclosureMethod),
        };
        if (p.DocumentNumber.Length > 0)
        {
            rows.Add(("文号", p.DocumentNumber));
        }

        rows.Add(("有效性", p.Validity));
        return rows;

        static string Or(string value) => value.Length > 0 ? value : "—";
    }

    public sealed record VersionLine(int Id, int Version, DateOnly PublishedOn, PublicationState State);
}
