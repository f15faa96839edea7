using LawReport.Infrastructure.Search;
using LawReport.Tests.Shared;
using LawReport.Web.Pages.Public.TextSearch;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Public;

/// <summary>
/// The search index (ADR-021) follows the database: publishing, withdrawing and correcting append to the
/// change sequence; an index catches up from the position it stored, after a restart too; a rebuild entry
/// rebuilds it; and what it finds is what substring search found (single characters included).
/// </summary>
public sealed class SearchIndexing(SearchIndexing.Portal portal) : IClassFixture<SearchIndexing.Portal>
{
    private const string Bureau = "上海市人民政府外事办公室";

    public sealed class Portal : PortalFactory;

    [Fact]
    public async Task A_publication_is_found_as_soon_as_it_is_published_and_no_longer_once_withdrawn()
    {
        var id = await ArchiveAsync(2019, "星河湾试点");
        using var client = portal.CreatePortalClient();

        var before = await SearchAsync(client, "星河湾试点");
        await portal.WithdrawAsync(id);
        var after = await SearchAsync(client, "星河湾试点");

        Assert.Equal([id], before);
        Assert.Empty(after);
    }

    [Fact]
    public async Task Publishing_withdrawing_and_correcting_each_append_to_the_change_sequence()
    {
        await portal.WithDbAsync(async db =>
        {
            db.ReportingCycles.Add(LawReport.Domain.Cycles.ReportingCycle.Open(2018));
            await db.SaveChangesAsync();
        });
        var before = await LatestChangeAsync();

        var id = await portal.PublishAsync(DemoBureau, 2018, SampleReports.Complete(DemoBureau, "市委、市政府", 2018), new DateOnly(2019, 3, 1));
        var published = await LatestChangeAsync();
        var corrected = await portal.CorrectAsync(id, "更正后补充的庚字句。", new DateOnly(2019, 3, 20));
        var afterCorrection = await LatestChangeAsync();
        await portal.WithdrawAsync(corrected);
        var afterWithdrawal = await LatestChangeAsync();

        Assert.True(published > before);
        Assert.True(afterCorrection > published);
        Assert.True(afterWithdrawal > afterCorrection);
        using var client = portal.CreatePortalClient();
        Assert.Empty(await SearchAsync(client, "更正后补充的庚字句"));
    }

    [Fact]
    public async Task An_index_keeps_its_position_over_a_restart_and_catches_up_from_there()
    {
        var folder = Directory.CreateTempSubdirectory("lawreport-index-").FullName;
        try
        {
            long position;
            using (var index = new PublicationIndex(folder))
            {
                await portal.WithDbAsync(db => index.CatchUpAsync(db));
                position = index.Position;
            }

            var id = await ArchiveAsync(2017, "重启之后补上的壬字句");
            using (var restarted = new PublicationIndex(folder))
            {
                var kept = restarted.Position;
                await portal.WithDbAsync(db => restarted.CatchUpAsync(db));

                Assert.Equal(position, kept);
                Assert.True(restarted.Position > position);
                Assert.Equal([id], restarted.Search(Terms("重启之后补上的壬字句"), 1, 10).Ids);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_rebuild_entry_rebuilds_the_index_from_the_database()
    {
        var id = await ArchiveAsync(2016, "重建索引的癸字句");
        var folder = Directory.CreateTempSubdirectory("lawreport-index-").FullName;
        try
        {
            using var index = new PublicationIndex(folder);
            await portal.WithDbAsync(db => index.CatchUpAsync(db));
            var rebuild = SearchIndexChange.RebuildAll(DateTimeOffset.UtcNow);
            await portal.WithDbAsync(async db =>
            {
                db.SearchIndexChanges.Add(rebuild);
                await db.SaveChangesAsync();
            });

            await portal.WithDbAsync(db => index.CatchUpAsync(db));

            Assert.Equal(rebuild.Id, index.Position);
            Assert.Equal([id], index.Search(Terms("重建索引的癸字句"), 1, 10).Ids);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_single_character_and_a_word_across_punctuation_are_found_as_by_substring()
    {
        var id = await ArchiveAsync(2015, "依法治理，鑫");
        using var client = portal.CreatePortalClient();

        Assert.Contains(id, await SearchAsync(client, "鑫"));
        Assert.Contains(id, await SearchAsync(client, "治理，鑫"));
        Assert.DoesNotContain(id, await SearchAsync(client, "治理鑫"));
    }

    private const string DemoBureau = "重庆市人民政府外事办公室";

    private Task<long> LatestChangeAsync() =>
        portal.WithDbAsync((db, _) => db.SearchIndexChanges.MaxAsync(c => (long?)c.Id)).ContinueWith(t => t.Result ?? 0, TaskScheduler.Default);

    private Task<int> ArchiveAsync(int year, string marker) =>
        portal.ArchiveAsync(Bureau, year, SampleReports.Complete(Bureau, "市委、市政府", year) with { Preamble = $"{year}年，我们坚持依法行政。{marker}" }, new DateOnly(year + 1, 3, 1));

    private static SearchTerms Terms(string query) =>
        SearchTerms.TryParse(query, out var terms, out var error) ? terms : throw new InvalidOperationException(error);

    private static async Task<List<int>> SearchAsync(PortalClient client, string query)
    {
        var page = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));
        return page.Document.QuerySelectorAll("ol.results > li .title a")
            .Select(a => PublishedReports.IdIn(a.GetAttribute("href")!))
            .ToList();
    }
}
