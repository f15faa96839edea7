using System.Globalization;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The official PDF, served from the bytes stored when the report was published — never rendered again,
/// so the file anyone downloads is the file whose SHA-256 the page shows. The SHA-256 is the ETag: a
/// revalidation answers 304 without reading the file. The file never changes, but it can be withdrawn
/// (撤回), which must take effect at once: so caches may keep it but must revalidate every time
/// (<c>no-cache</c>), which costs a 304 without the bytes, and a withdrawn file answers 404.
/// </summary>
public static class PdfDownload
{
    public const string CacheControl = "public, no-cache";

    public static async Task<IResult> HandleAsync(int id, HttpContext context, AppDbContext db, CancellationToken cancellationToken)
    {
        var pdf = await db.Readable()
            .Where(p => p.Id == id)
            .Select(p => new { p.PdfSha256, p.Title, p.Year, p.Version, p.PublishedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (pdf is null)
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{pdf.PdfSha256}\"");
        var response = context.Response;
        response.Headers.CacheControl = CacheControl;
        response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var bytes = await db.PublicationFiles
            .Where(f => f.PublicationId == id)
            .Select(f => f.Bytes)
            .SingleAsync(cancellationToken);
        response.Headers.ContentDisposition = ContentDisposition(FileName(pdf.Title, pdf.Version), $"report-{pdf.Year}-{id}.pdf");
        return Results.Bytes(bytes, "application/pdf", lastModified: pdf.PublishedAt, entityTag: etag, enableRangeProcessing: true);
    }

    /// <summary>The report's title as the file name, 更正 versions numbered, without characters file systems refuse.</summary>
    public static string FileName(string title, int version)
    {
        var name = new string(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "报告";
        }

        return version > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{name}（第{version}版）.pdf")
            : name + ".pdf";
    }

    /// <summary>
    /// <c>attachment; filename="ascii.pdf"; filename*=UTF-8''…</c> (RFC 6266 with RFC 5987 encoding): every
    /// current browser takes the Chinese name from <c>filename*</c>; the ASCII name is for older clients.
    /// </summary>
    public static string ContentDisposition(string fileName, string asciiFallback) =>
        $"attachment; filename=\"{asciiFallback}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
}
