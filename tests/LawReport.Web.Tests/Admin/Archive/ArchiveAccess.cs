using System.Net;
using LawReport.Domain.Common;
using LawReport.Documents.Import;
using LawReport.Infrastructure.Archive;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Admin.Archive;

/// <summary>Importing into the archive is the system administrator's: everyone else is refused, pages and posts alike.</summary>
public class ArchiveAccess(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(ArchiveUploads.Index)]
    [InlineData("/Admin/Archive/Review/1")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync(url, followRedirects: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("filer")]
    [InlineData("lead")]
    [InlineData("reviewer")]
    [InlineData("secadmin")]
    [InlineData("auditor")]
    public async Task Other_roles_can_neither_open_nor_post(string user)
    {
        var id = await AddPendingImportAsync();
        var client = await portal.SharedClientAsync(user);

        var index = await client.GetPageAsync(ArchiveUploads.Index);
        var review = await client.GetPageAsync($"/Admin/Archive/Review/{id}");
        var discard = await client.PostAsync($"/Admin/Archive/Review/{id}?handler=Discard", []);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (index.Status, review.Status, discard.StatusCode));
        Assert.Contains("无权访问", review.Text, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task The_system_administrator_opens_both_pages_and_finds_the_link()
    {
        var id = await AddPendingImportAsync();
        using var client = await portal.SignedInAsync("sysadmin");

        var index = await client.GetPageAsync(ArchiveUploads.Index);
        var review = await client.GetPageAsync($"/Admin/Archive/Review/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (index.Status, review.Status));
        Assert.NotNull(index.Find("nav a[href='/Admin/Archive']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/Admin/Archive/Review/999999")).Status);
    }

    private Task<int> AddPendingImportAsync() =>
        portal.WithDbAsync(async (db, _) =>
        {
            var (name, bytes) = ArchiveUploads.Report("某某市人民政府外事办公室", 2022);
            var pending = PendingImport.Create(name, bytes, ReportImporter.Import(bytes, name), Actor.System, DateTimeOffset.UtcNow);
            db.PendingImports.Add(pending);
            await db.SaveChangesAsync();
            return pending.Id;
        });
}
