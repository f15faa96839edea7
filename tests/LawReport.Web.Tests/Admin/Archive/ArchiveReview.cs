using System.Security.Cryptography;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Admin.Archive;

/// <summary>Reviewing an upload: kinds and section boundaries corrected through the page's forms, then confirmed into the archive or discarded.</summary>
public class ArchiveReview(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Changing_a_kind_is_saved_at_once_and_no_longer_flagged()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Report("苏州市人民政府外事办公室", 2022));
        Assert.Contains("把握不大", review.Find("#section-2")!.TextContent, StringComparison.Ordinal);

        var page = await client.SubmitAsync(review.CorrectionForm("Kind", 2), new Dictionary<string, string?> { ["Kind"] = nameof(SectionKind.Other) });

        Assert.Contains("第二部分的类别已改为“其他需要报告的情况”。", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("把握不大", page.Find("#section-2")!.TextContent, StringComparison.Ordinal);
        var saved = await PendingReportAsync("苏州市人民政府外事办公室");
        Assert.Equal((SectionKind.Other, 1.0), (saved.Sections[1].Kind, saved.Sections[1].Confidence));
    }

    [Fact]
    public async Task A_section_is_merged_into_the_previous_one_and_split_again_at_an_item()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Report("南通市人民政府外事办公室", 2022));

        var merged = await client.SubmitAsync(review.CorrectionForm("Merge", 2));

        Assert.Contains("第二部分已并入上一部分。", merged.Text, StringComparison.Ordinal);
        Assert.Equal(2, merged.Document.QuerySelectorAll(".parsed-section").Length);
        Assert.Equal(["主要举措和成效", "2023年工作安排"], (await PendingReportAsync("南通市人民政府外事办公室")).Sections.Select(s => s.Heading));

        var split = await client.SubmitAsync(merged.CorrectionForm("Split", 1, item: 3));

        Assert.Contains("已从第一部分的第3项起分出新的一部分。", split.Text, StringComparison.Ordinal);
        var report = await PendingReportAsync("南通市人民政府外事办公室");
        Assert.Equal(["主要举措和成效", "规范执法。", "2023年工作安排"], report.Sections.Select(s => s.Heading));
        Assert.Equal(["加强学习。", "依法决策。"], report.Sections[0].Items.Select(i => i.Heading));
        Assert.Equal([null, "规范执法"], report.Sections[1].Items.Select(i => i.Heading));
    }

    [Fact]
    public async Task A_correction_made_on_an_outdated_page_is_refused_and_the_latest_parse_shown()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Report("扬州市人民政府外事办公室", 2022));
        await client.SubmitAsync(review.CorrectionForm("Merge", 3));

        var stale = await client.SubmitAsync(review.CorrectionForm("Merge", 2));

        Assert.Contains("这份导入刚被修改过", stale.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await PendingReportAsync("扬州市人民政府外事办公室")).Sections.Count);
    }

    [Theory]
    [InlineData("Merge", "0", "找不到第0部分")]
    [InlineData("Kind", "9", "找不到第9部分")]
    [InlineData("Split", "1", "只能从第二项起拆分")]
    public async Task A_correction_at_a_position_that_does_not_exist_is_explained_and_changes_nothing(string handler, string section, string message)
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var bureau = $"{handler}市人民政府外事办公室";
        var review = await client.UploadAsync(ArchiveUploads.Report(bureau, 2021));
        var before = Documents.Model.ReportJson.Serialize(await PendingReportAsync(bureau));
        var form = handler == "Split" ? review.CorrectionForm(handler, 1, item: 2) : review.CorrectionForm(handler, 2);

        var page = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Section"] = section, ["Item"] = handler == "Split" ? "9" : null });

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Find(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Documents.Model.ReportJson.Serialize(await PendingReportAsync(bureau)));
    }

    [Fact]
    public async Task Confirming_archives_the_report_for_the_chosen_bureau_after_an_ambiguous_name_was_refused()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Seed("004"));
        var confirm = review.Form("form[action*='handler=Confirm']");
        Assert.Equal("新建单位：市外办", confirm.QuerySelector("select option:checked")!.TextContent);

        var refused = await client.SubmitAsync(confirm);

        Assert.Contains("单位名称“市外办”是简称，无法确定是哪个单位", refused.Errors, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync((db, _) => db.Publications.AnyAsync()));

        var heze = await portal.WithDbAsync((db, _) => db.Bureaus.Where(b => b.FullName == "菏泽市人民政府外事办公室").Select(b => b.Id).SingleAsync());
        var archived = await client.SubmitAsync(refused.Form("form[action*='handler=Confirm']"), new Dictionary<string, string?> { ["Input.Bureau"] = heze.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.EndsWith(ArchiveUploads.Index, archived.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("已归档：菏泽市人民政府外事办公室2024年度报告，公开日期2024年12月25日。", archived.Text, StringComparison.Ordinal);
        var publication = await portal.WithDbAsync((db, _) => db.Publications.Include(p => p.File).SingleAsync(p => p.BureauId == heze));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(publication.File!.Bytes)), publication.PdfSha256);
        Assert.Equal(ReportStatus.Published, await portal.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == publication.ReportId).Select(r => r.Status).SingleAsync()));
        Assert.False(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.FileName == ArchiveUploads.Seed("004").Name)));
    }

    [Fact]
    public async Task A_file_for_a_bureau_and_year_that_already_have_a_report_is_refused_and_stays_pending()
    {
        await portal.AddReportAsync(DemoData.FilerBureau, 2020, ReportStatus.Draft);
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Seed("001"));

        var refused = await client.SubmitAsync(review.Form("form[action*='handler=Confirm']"));

        Assert.Contains("重庆市人民政府外事办公室的2020年度报告已存在（草稿），未归档此文件。", refused.Errors, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.FileName == ArchiveUploads.Seed("001").Name)));
    }

    [Fact]
    public async Task Discarding_removes_the_pending_import_and_archives_nothing()
    {
        using var client = await portal.SignedInAsync("sysadmin");
        var review = await client.UploadAsync(ArchiveUploads.Report("泰州市人民政府外事办公室", 2022, "泰州.txt"));

        var index = await client.SubmitAsync(review.Form("form[action*='handler=Discard']"));

        Assert.Contains("已放弃导入“泰州.txt”，没有归档任何内容。", index.Text, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync((db, _) => db.PendingImports.AnyAsync(p => p.FileName == "泰州.txt")));
        Assert.False(await portal.WithDbAsync((db, _) => db.Bureaus.AnyAsync(b => b.FullName == "泰州市人民政府外事办公室")));
    }

    private Task<Documents.Model.ReportDocument> PendingReportAsync(string bureau) =>
        portal.WithDbAsync(async (db, _) => (await db.PendingImports.ToListAsync()).Single(p => p.Report.Bureau == bureau).Report);
}
