using System.Net;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Operations;

public class ErrorPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_missing_page_gets_the_chinese_404_page_even_for_anonymous_visitors()
    {
        using var client = portal.CreatePortalClient();

        var page = await client.GetPageAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Empty(client.Redirects);
        Assert.Contains("页面不存在", page.Text);
        Assert.Contains("页面不存在", page.Title);
    }

    [Fact]
    public async Task A_failure_shows_a_chinese_page_with_a_request_number_and_no_stack_trace()
    {
        // A real failure: the table behind the page is gone (this test class has a database of its own).
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TABLE "ReportingCycles" """));
        using var client = await portal.SignedInAsync("sysadmin");

        var page = await client.GetPageAsync("/Admin/Cycles");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains("系统出现错误", page.Text);
        Assert.Contains("请求编号", page.Text);
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("ReportingCycles", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Responses_carry_basic_security_headers()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
