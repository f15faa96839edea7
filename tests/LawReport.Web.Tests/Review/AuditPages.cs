using System.Net;
using System.Text;
using LawReport.Domain.Audit;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>The auditor reads, filters and exports the audit log, and can change nothing.</summary>
public class AuditPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sign_ins_that_succeed_and_fail_are_logged_with_the_address()
    {
        using (var stranger = portal.CreatePortalClient())
        {
            var login = await stranger.GetPageAsync("/Account/Login");
            await stranger.SubmitAsync(login.Form(), Fields(("Input.UserName", "lead"), ("Input.Password", "wrong-password-1")));
        }

        using (await portal.SignedInAsync("lead"))
        {
        }

        using var auditor = await portal.SignedInAsync("auditor");
        var failed = await auditor.GetPageAsync("/Audit?Action=SignInFailed&Actor=lead");
        var succeeded = await auditor.GetPageAsync("/Audit?Action=SignInSucceeded&Actor=lead");

        var failure = failed.Find("#audit tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal("登录失败", failure[1]);
        Assert.Equal("lead", failure[2]);
        Assert.NotEmpty(failure[3]);
        Assert.Equal("账号 lead（李强）", failure[4]);
        Assert.Equal("密码错误", failure[6]);
        Assert.NotEmpty(succeeded.Document.QuerySelectorAll("#audit tbody tr"));
    }

    [Fact]
    public async Task Every_transition_made_on_a_page_is_in_the_log()
    {
        var id = await portal.AddReportAsync(DemoData.FilerBureau, 2051, ReportStatus.AwaitingSignOff, Content(DemoData.FilerBureau, 2051));
        using (var lead = await portal.SignedInAsync("lead"))
        {
            var page = await lead.GetPageAsync($"/SignOff/Report/{id}");
            await lead.SubmitAsync(page.Form("form[action*='handler=SignOff']"), Fields(("SignOff.Comment", "同意。")));
        }

        using var auditor = await portal.SignedInAsync("auditor");
        var log = await auditor.GetPageAsync("/Audit?Action=ReportTransition&Text=2051");

        var row = Assert.Single(log.Document.QuerySelectorAll("#audit tbody tr"), r => r.TextContent.Contains("签发报送"));
        Assert.Contains("李强", row.TextContent);
        Assert.Contains("签发报送：待签发 → 已报送", row.TextContent);
        Assert.Contains("同意。", row.TextContent);
    }

    [Fact]
    public async Task The_export_is_csv_with_the_filter_applied()
    {
        using (await portal.SignedInAsync("reviewer"))
        {
        }

        using var auditor = await portal.SignedInAsync("auditor");
        var response = await auditor.GetAsync("/Audit?handler=Csv&Action=SignInSucceeded&Actor=reviewer");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"时间\",\"类别\",\"操作人\",\"账号ID\",\"来源地址\",\"对象\",\"内容\",\"说明\"", lines[0]);
        Assert.True(lines.Length >= 2);
        Assert.All(lines.Skip(1), line => Assert.Contains("\"登录成功\",\"reviewer\"", line));
    }

    [Fact]
    public async Task The_log_offers_no_way_to_change_an_entry_and_refuses_posts()
    {
        using var auditor = await portal.SignedInAsync("auditor");
        var page = await auditor.GetPageAsync("/Audit");
        var before = await portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync());
        var firstId = await portal.WithDbAsync((db, _) => db.AuditEntries.MinAsync(e => e.Id));

        var forms = page.Document.QuerySelectorAll("main form").ToList();
        var posted = await auditor.PostAsync("/Audit", [new("Id", firstId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Details", "篡改")]);
        var deleted = await auditor.PostAsync("/Audit?handler=Delete", [new("Id", firstId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.All(forms, f => Assert.Equal("get", f.GetAttribute("method")));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main button, main a"), e => e.TextContent.Contains("删除") || e.TextContent.Contains("修改") || e.TextContent.Contains("编辑"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleted.StatusCode);
        var first = await portal.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Id == firstId));
        Assert.NotEqual("篡改", first.Details);
        Assert.True(await portal.WithDbAsync((db, _) => db.AuditEntries.CountAsync()) >= before);
        Assert.Equal(AuditAction.RolesChanged, first.Action);
    }
}
