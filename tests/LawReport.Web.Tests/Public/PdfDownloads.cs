using System.Net;
using System.Net.Http.Headers;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Public;

/// <summary>The official PDF: the stored bytes, a Chinese file name any browser understands, and caching by its SHA-256.</summary>
public class PdfDownloads(PublishedReportsPortal portal) : IClassFixture<PublishedReportsPortal>
{
    private PublishedReports Reports => portal.Reports;

    [Fact]
    public async Task The_download_is_the_stored_file_with_its_hash_as_etag_revalidated_every_time()
    {
        var (bytes, sha256, title) = await StoredAsync(Reports.Changzhou2021);
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync($"/publications/{Reports.Changzhou2021}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{sha256}\"", response.Headers.ETag!.Tag);
        Assert.False(response.Headers.ETag.IsWeak);
        // Revalidated every time, so a withdrawal takes effect at once (issue 15); no longer immutable for a year.
        Assert.Equal("public, no-cache", string.Join(", ", response.Headers.GetValues("Cache-Control")));
        Assert.Equal(
            $"attachment; filename=\"report-2021-{Reports.Changzhou2021}.pdf\"; filename*=UTF-8''{Uri.EscapeDataString(title + ".pdf")}",
            string.Join("", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal(title + ".pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task Revalidating_with_the_etag_answers_304_without_the_file()
    {
        var (_, sha256, _) = await StoredAsync(Reports.Beijing2023);
        using var client = portal.CreatePortalClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/publications/{Reports.Beijing2023}/pdf");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha256}\""));

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{sha256}\"", response.Headers.ETag!.Tag);
        Assert.Contains("no-cache", string.Join(",", response.Headers.GetValues("Cache-Control")));
    }

    [Fact]
    public async Task A_cache_revalidating_a_withdrawn_file_is_told_it_is_gone()
    {
        var sha256 = await portal.WithDbAsync((db, _) => db.Publications.Where(p => p.Id == Reports.Withdrawn).Select(p => p.PdfSha256).SingleAsync());
        using var client = portal.CreatePortalClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/publications/{Reports.Withdrawn}/pdf");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha256}\""));

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_answers_with_the_headers_of_the_file_and_no_body()
    {
        var (bytes, sha256, _) = await StoredAsync(Reports.Changzhou2021);
        using var client = portal.CreatePortalClient();

        var response = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/publications/{Reports.Changzhou2021}/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{sha256}\"", response.Headers.ETag!.Tag);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_etag_gets_the_file()
    {
        using var client = portal.CreatePortalClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/publications/{Reports.Beijing2023}/pdf");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{new string('0', 64)}\""));

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]));
    }

    [Fact]
    public async Task The_file_is_served_as_stored_never_rendered_again()
    {
        // Only a server that reads the stored bytes can answer with these.
        var stored = "%PDF-1.7 stored bytes, not a rendering"u8.ToArray();
        await portal.WithDbAsync(db => db.PublicationFiles
            .Where(f => f.PublicationId == Reports.Shanghai2020)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Bytes, stored)));
        using var client = portal.CreatePortalClient();

        var bytes = await client.Http.GetByteArrayAsync($"/publications/{Reports.Shanghai2020}/pdf");

        Assert.Equal(stored, bytes);
    }

    [Fact]
    public async Task A_corrected_version_keeps_its_own_file_named_as_such()
    {
        using var client = portal.CreatePortalClient();

        var first = await client.GetAsync($"/publications/{Reports.Heze2024First}/pdf");
        var second = await client.GetAsync($"/publications/{Reports.Heze2024Corrected}/pdf");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        Assert.EndsWith("（第2版）.pdf", second.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Theory]
    [InlineData(987654)]
    [InlineData(-1)]
    public async Task An_unknown_file_is_a_404(int id)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync($"/publications/{id}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<(byte[] Bytes, string Sha256, string Title)> StoredAsync(int id) =>
        portal.WithDbAsync(async (db, _) =>
        {
            var p = await db.Publications.AsNoTracking().Include(p => p.File).SingleAsync(p => p.Id == id);
            return (p.File!.Bytes, p.PdfSha256, p.Title);
        });
}
