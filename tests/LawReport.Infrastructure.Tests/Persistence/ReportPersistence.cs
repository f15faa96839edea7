using LawReport.Domain.Bureaus;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Tests.Persistence;

/// <summary>The report aggregate survives a round trip through the database, and its concurrency token works.</summary>
public sealed class ReportPersistence : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 2, 10, 3, 4, 5, TimeSpan.Zero);
    private readonly TestDatabase _database = TestDatabase.Create();
    private int _reportId;

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        await DatabaseSetup.MigrateAsync(db);
        var bureau = Bureau.Create("常州市人民政府外事办公室", "市外办", "014109568", "常州市", "市政府工作部门");
        db.Bureaus.Add(bureau);
        await db.SaveChangesAsync();
        var content = SampleReports.Complete(bureau.FullName, bureau.DefaultAddressee, 2025) with
        {
            Preamble = "2025年，市外办……\n\n现将有关情况报告如下：",
            DateWritten = new DateOnly(2026, 2, 20),
        };
        var report = AnnualReport.Create(bureau, 2025, content, ReportStates.Filer, At);
        report.UpdateSection(1, "主要举措和成效", [new ReportItemContent("科学规划年度工作。", "第一段。\n\n第二段。"), new ReportItemContent(null, "没有小标题的段落。")], At);
        report.SubmitForSignOff(ReportStates.Filer, At.AddHours(1));
        db.Reports.Add(report);
        await db.SaveChangesAsync();
        _reportId = report.Id;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Content_order_history_and_times_come_back_as_saved()
    {
        await using var db = _database.CreateContext();

        var report = await Load(db);

        Assert.Equal(ReportStatus.AwaitingSignOff, report.Status);
        Assert.Equal(["2025年，市外办……", "现将有关情况报告如下："], LawReport.Domain.Common.PlainText.Paragraphs(report.Preamble));
        Assert.Equal(SectionKinds.All, report.Sections.Select(s => s.Kind));
        Assert.Equal(["科学规划年度工作。", ""], report.Sections[0].Items.Select(i => i.Heading));
        Assert.Equal(["第一段。", "第二段。"], report.Sections[0].Items[0].Paragraphs);
        Assert.Equal(new DateOnly(2026, 2, 20), report.DateWritten);
        Assert.Equal([null, ReportStatus.Draft], report.History.Select(h => h.From));
        Assert.Equal(At.AddHours(1), report.History[^1].At);
        Assert.Equal(TimeSpan.Zero, report.History[^1].At.Offset);
    }

    [Fact]
    public async Task A_save_based_on_an_older_read_is_refused()
    {
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var mine = await Load(first);
        var theirs = await Load(second);

        mine.ReturnToFiler(ReportStates.Lead, "请补充负责人履职情况。", At.AddHours(2));
        await first.SaveChangesAsync();
        theirs.SignOff(ReportStates.Lead, At.AddHours(3));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = _database.CreateContext();
        Assert.Equal(ReportStatus.Draft, (await Load(check)).Status);
    }

    [Fact]
    public async Task Replacing_a_sections_items_removes_the_old_rows()
    {
        await using (var db = _database.CreateContext())
        {
            var report = await Load(db);
            report.ReturnToFiler(ReportStates.Lead, "重写第一部分。", At.AddHours(2));
            report.UpdateSection(1, "主要举措和成效", [new ReportItemContent("唯一的一条。", "正文。")], At.AddHours(3));
            await db.SaveChangesAsync();
        }

        await using var check = _database.CreateContext();
        var saved = await Load(check);
        Assert.Equal("唯一的一条。", Assert.Single(saved.Sections[0].Items).Heading);
        var sectionId = saved.Sections[0].Id;
        var items = await check.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ReportItems" WHERE "SectionId" = {sectionId}""").SingleAsync();
        Assert.Equal(1, items);
    }

    [Fact]
    public async Task A_second_report_for_the_same_bureau_and_year_is_refused_by_the_database()
    {
        await using var db = _database.CreateContext();
        var bureau = await db.Bureaus.SingleAsync();
        db.Reports.Add(AnnualReport.Create(bureau, 2025, ReportTemplate.Standard(bureau.FullName, "市政府", 2025), ReportStates.Filer, At));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private Task<AnnualReport> Load(AppDbContext db) =>
        db.Reports.Include(r => r.Sections).ThenInclude(s => s.Items).Include(r => r.History).AsSplitQuery().SingleAsync(r => r.Id == _reportId);
}
