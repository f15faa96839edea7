using System.Security.Cryptography;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>
/// Publishing, withdrawing and correcting through the real forms, by the bureau head (the default
/// Workflow:PublishedBy). The bureau of the demo filer gets an organisation code for its 索引号.
/// </summary>
public class PublishingPages(PublishingPages.Portal portal) : IClassFixture<PublishingPages.Portal>
{
    public sealed class Portal : ClockedPortal
    {
        public async Task<int> ApprovedReportAsync(int year)
        {
            await this.WithDbAsync(async db =>
            {
                var bureau = await db.Bureaus.SingleAsync(b => b.FullName == DemoData.FilerBureau);
                if (bureau.OrganizationCode.Length == 0)
                {
                    bureau.Update(bureau.FullName, bureau.ShortName, "009876543", bureau.City, bureau.Category, bureau.DefaultAddressee);
                    await db.SaveChangesAsync();
                }
            });
            return await this.AddReportAsync(DemoData.FilerBureau, year, ReportStatus.Approved, Content(DemoData.FilerBureau, year));
        }
    }

    [Fact]
    public async Task The_head_publishes_an_approved_report_and_gets_its_index_number_pdf_and_hash()
    {
        var id = await portal.ApprovedReportAsync(2031);
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/Publishing/Report/{id}");

        var published = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"), Fields(("Publish.Summary", "本报告总结了2031年法治政府建设情况。")));

        Assert.Contains("已公开发布，索引号 009876543/2026-", published.Text);
        var publication = await portal.WithDbAsync((db, _) => db.Publications.Include(p => p.File).SingleAsync(p => p.ReportId == id));
        Assert.Equal(new DateOnly(2026, 3, 20), publication.PublishedOn);
        Assert.Equal("本报告总结了2031年法治政府建设情况。", publication.Summary);
        Assert.Equal("李强", publication.PublishedByName);
        var row = published.Find("#versions tbody tr")!.TextContent;
        Assert.Contains(publication.IndexNumber, row);
        Assert.Contains("现行有效", row);
        Assert.Contains(publication.PdfSha256, row);
        var download = await lead.GetAsync(published.Find("#versions a")!.GetAttribute("href")!);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(publication.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(ReportStatus.Published, (await portal.ReportAsync(id)).Status);
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_keeps_the_record_and_its_number()
    {
        var id = await portal.ApprovedReportAsync(2032);
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/Publishing/Report/{id}");
        page = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"));

        var refused = await lead.SubmitAsync(page.Form("form[action*='handler=Withdraw']"), Fields(("Withdrawal.Reason", "")));
        var withdrawn = await lead.SubmitAsync(refused.Form("form[action*='handler=Withdraw']"), Fields(("Withdrawal.Reason", "含有不应公开的信息。")));

        Assert.Contains("请填写理由", refused.FieldError("Withdrawal.Reason"));
        Assert.Contains("已撤回公开", withdrawn.Text);
        var publication = await portal.WithDbAsync((db, _) => db.Publications.SingleAsync(p => p.ReportId == id));
        Assert.Equal(PublicationState.Withdrawn, publication.State);
        Assert.Equal("含有不应公开的信息。", publication.WithdrawalReason);
        Assert.Contains("已撤回：含有不应公开的信息。", withdrawn.Find("#versions tbody tr")!.TextContent);
        Assert.Equal(ReportStatus.Withdrawn, (await portal.ReportAsync(id)).Status);
    }

    [Fact]
    public async Task A_correction_goes_back_to_draft_and_its_publication_replaces_the_old_version()
    {
        var id = await portal.ApprovedReportAsync(2033);
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/Publishing/Report/{id}");
        page = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"));
        page = await lead.SubmitAsync(page.Form("form[action*='handler=Correct']"), Fields(("Correction.Reason", "第一部分数据有误。")));
        Assert.Contains("报告已转为草稿以便更正", page.Text);
        Assert.Equal(ReportStatus.Draft, (await portal.ReportAsync(id)).Status);
        await portal.ChangeAsync(id, report =>
        {
            report.UpdateSection(1, report.Sections[0].Heading, [new ReportItemContent(null, "更正后的数据。")], portal.Time.GetUtcNow());
            ReportStates.WalkTo(report, ReportStatus.Approved, portal.Time.GetUtcNow());
        });

        page = await lead.GetPageAsync($"/Publishing/Report/{id}");
        Assert.Contains("现行的第1版", page.Text);
        page = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"));

        var rows = page.Document.QuerySelectorAll("#versions tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("第2版", rows[0]);
        Assert.Contains("现行有效", rows[0]);
        Assert.Contains("已更正", rows[1]);
        var versions = await portal.WithDbAsync((db, _) => db.Publications.Where(p => p.ReportId == id).OrderBy(p => p.Version).ToListAsync());
        Assert.Equal(versions[1].Id, versions[0].CorrectedById);
        Assert.NotEqual(versions[0].Serial, versions[1].Serial);
    }

    [Fact]
    public async Task The_form_refuses_an_overlong_summary_and_a_stale_publication()
    {
        var id = await portal.ApprovedReportAsync(2034);
        using var lead = await portal.SignedInAsync("lead");
        var page = await lead.GetPageAsync($"/Publishing/Report/{id}");

        var tooLong = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"), Fields(("Publish.Summary", new string('概', 101))));
        // Someone publishes meanwhile (the publication itself is not stored: the test counts what the stale form adds).
        await portal.ChangeAsync(id, report => Publication.Publish(
            report, 1, IndexNumberPattern.Format(IndexNumberPattern.Default, "000000000", 2026, 1), new PublicationDetails("测试单位", new DateOnly(2026, 3, 20), "综合政务"),
            ReportStates.Lead, portal.Time.GetUtcNow(), [1]));
        var stale = await lead.SubmitAsync(page.Form("form[action*='handler=Publish']"));

        Assert.Contains("内容概述不能超过100个字符", tooLong.FieldError("Publish.Summary"));
        Assert.Contains("报告已被他人处理", stale.Errors);
        Assert.Equal(0, await portal.WithDbAsync((db, _) => db.Publications.CountAsync(p => p.ReportId == id)));
    }
}
