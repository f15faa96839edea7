using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Admin;

public class CycleAdministration(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_cycle_opened_without_dates_gets_the_default_deadlines()
    {
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync("/Admin/Cycles/Edit");

        var list = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.Year"] = "2019", ["Input.SubmissionDeadline"] = "", ["Input.PublicationDeadline"] = "",
        });

        Assert.Contains("2019年度报告周期已保存", list.Text);
        Assert.Contains("2020年3月1日", list.Text);
        Assert.Contains("2020年4月1日", list.Text);
    }

    [Fact]
    public async Task Deadlines_in_the_wrong_order_are_refused_and_nothing_changes()
    {
        var cycle = await portal.WithDbAsync((db, _) => db.ReportingCycles.AsNoTracking().FirstAsync());
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync($"/Admin/Cycles/Edit/{cycle.Id}");

        var page = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?>
        {
            ["Input.SubmissionDeadline"] = $"{cycle.Year + 1}-04-10", ["Input.PublicationDeadline"] = $"{cycle.Year + 1}-03-01",
        });

        Assert.Contains("公开截止日期不能早于报送截止日期", page.Errors);
        var unchanged = await portal.WithDbAsync((db, _) => db.ReportingCycles.AsNoTracking().SingleAsync(c => c.Id == cycle.Id));
        Assert.Equal(cycle.SubmissionDeadline, unchanged.SubmissionDeadline);
    }

    [Fact]
    public async Task A_year_that_is_not_a_number_gets_a_chinese_message()
    {
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync("/Admin/Cycles/Edit");

        var page = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?> { ["Input.Year"] = "二〇二五" });

        Assert.Contains("不是有效的值", page.FieldError("Input.Year"));
    }

    [Fact]
    public async Task The_same_year_cannot_be_opened_twice()
    {
        var year = await portal.WithDbAsync((db, _) => db.ReportingCycles.Select(c => c.Year).FirstAsync());
        using var admin = await portal.SignedInAsync("sysadmin");
        var form = await admin.GetPageAsync("/Admin/Cycles/Edit");

        var page = await admin.SubmitAsync(form.Form(), new Dictionary<string, string?> { ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("报告周期已存在", page.FieldError("Input.Year"));
    }

    [Fact]
    public async Task A_cycle_is_closed_from_the_list()
    {
        var cycle = await portal.WithDbAsync((db, _) => db.ReportingCycles.AsNoTracking().FirstAsync(c => c.IsOpen));
        using var admin = await portal.SignedInAsync("sysadmin");
        var list = await admin.GetPageAsync("/Admin/Cycles");

        var page = await admin.SubmitAsync(list.Form($"form[action*='Close'][action*='id={cycle.Id}']"));

        Assert.Contains($"{cycle.Year}年度报告周期已关闭", page.Text);
        Assert.False(await portal.WithDbAsync((db, _) => db.ReportingCycles.Where(c => c.Id == cycle.Id).Select(c => c.IsOpen).SingleAsync()));
    }
}
