using System.Net;
using LawReport.Domain.Reports;
using LawReport.Tests.Shared;
using LawReport.Infrastructure.Seeding;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>The section editor without the script: the form posts, saves and comes back.</summary>
public class EditingSections(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_section_is_saved_as_plain_text_with_numbering_generated_and_control_characters_removed()
    {
        var id = await portal.AddOwnReportAsync(2040);
        using var filer = await portal.SignedInAsync("filer");
        var editor = await filer.GetPageAsync($"/Reports/Section/{id}/1");

        var page = await filer.SubmitAsync(editor.SectionForm(), FilingSteps.SectionFields(
            "一、2040年推进法治政府建设的主要举措和成效",
            ("（一）科学规划年度工作。", "第一段\u0007。\r\n\r\n第二段。"),
            (null, "没有小标题的一段。"),
            ("加强制度建设。", "修订内部制度。")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(@"已保存 \d\d:\d\d", page.Text);
        var section = (await portal.LoadReportAsync(id)).Sections[0];
        Assert.Equal("2040年推进法治政府建设的主要举措和成效", section.Heading);
        Assert.Equal(["科学规划年度工作。", "", "加强制度建设。"], section.Items.Select(i => i.Heading));
        Assert.Equal("第一段。\n\n第二段。", section.Items[0].Body);
        var labels = page.Document.QuerySelectorAll("[data-item-label]").Select(l => l.TextContent).ToList();
        Assert.Equal(["编号（一）", "不编号（没有小标题）", "编号（二）"], labels);
    }

    [Fact]
    public async Task Items_move_up_and_down_and_are_removed_with_buttons()
    {
        var id = await portal.AddOwnReportAsync(2041, content: FilingSteps.CompleteWith(2041, 1,
            new("甲。", "一"), new("乙。", "二"), new("丙。", "三")));
        using var filer = await portal.SignedInAsync("filer");

        var page = await filer.GetPageAsync($"/Reports/Section/{id}/1");
        page = await filer.SubmitAsync(page.SectionForm(), new Dictionary<string, string?> { ["Input.Command"] = "up:2" });
        Assert.Contains("已将第三条上移", page.Text);
        Assert.EndsWith("#item-2", filer.Redirects[^1].ToString());
        page = await filer.SubmitAsync(page.SectionForm(), new Dictionary<string, string?> { ["Input.Command"] = "down:0" });
        page = await filer.SubmitAsync(page.SectionForm(), new Dictionary<string, string?> { ["Input.Command"] = "remove:2" });

        Assert.Contains("已删除第三条", page.Text);
        Assert.Equal(["丙。", "甲。"], (await portal.LoadReportAsync(id)).Sections[0].Items.Select(i => i.Heading));
    }

    [Fact]
    public async Task Moving_the_first_item_up_is_refused_and_nothing_moves()
    {
        var id = await portal.AddOwnReportAsync(2042, content: FilingSteps.CompleteWith(2042, 1, new("甲。", "一"), new("乙。", "二")));
        using var filer = await portal.SignedInAsync("filer");
        var editor = await filer.GetPageAsync($"/Reports/Section/{id}/1");

        var page = await filer.SubmitAsync(editor.SectionForm(), new Dictionary<string, string?> { ["Input.Command"] = "up:0" });

        Assert.Contains("这一条已在最前面", page.Errors);
        Assert.Equal(["甲。", "乙。"], (await portal.LoadReportAsync(id)).Sections[0].Items.Select(i => i.Heading));
    }

    [Fact]
    public async Task Adding_an_item_saves_and_offers_an_empty_one_at_the_end()
    {
        var id = await portal.AddOwnReportAsync(2043);
        using var filer = await portal.SignedInAsync("filer");
        var editor = await filer.GetPageAsync($"/Reports/Section/{id}/2");

        var page = await filer.SubmitAsync(editor.SectionForm(), new Dictionary<string, string?>
        {
            ["Input.Items[0].Body"] = "专业人员不足。", ["Input.Command"] = "add",
        });

        Assert.Equal(2, page.Document.QuerySelectorAll("[data-items] > [data-item]").Length);
        Assert.Equal("", page.Find("#Input_Items_1__Body")!.TextContent);
        Assert.EndsWith("#item-2", filer.Redirects[^1].ToString());
        Assert.Equal("专业人员不足。", (await portal.LoadReportAsync(id)).Sections[1].Items[0].Body);
    }

    [Fact]
    public async Task Invalid_input_is_explained_next_to_its_field_in_chinese_and_nothing_is_saved()
    {
        var id = await portal.AddOwnReportAsync(2044);
        var before = (await portal.LoadReportAsync(id)).Sections[0].Items.Select(i => i.Content).ToList();
        using var filer = await portal.SignedInAsync("filer");
        var editor = await filer.GetPageAsync($"/Reports/Section/{id}/1");

        var page = await filer.SubmitAsync(editor.SectionForm(), new Dictionary<string, string?>
        {
            ["Input.Heading"] = " \u0007 ",
            ["Input.Items[0].Body"] = new string('法', AnnualReportLimits.ItemBodyMaxLength + 1),
            ["Input.Items[0].Heading"] = new string('题', AnnualReportLimits.ItemHeadingMaxLength + 5),
        });

        Assert.Equal("请填写这一部分的标题。", page.FieldError("Input.Heading"));
        Assert.Equal($"正文不能超过{AnnualReportLimits.ItemBodyMaxLength}个字符（现有{AnnualReportLimits.ItemBodyMaxLength + 1}个）。", page.FieldError("Input.Items[0].Body"));
        Assert.Contains("小标题不能超过500个字符", page.FieldError("Input.Items[0].Heading"));
        Assert.Equal(new string('法', AnnualReportLimits.ItemBodyMaxLength + 1), page.Find("#Input_Items_0__Body")!.TextContent);
        Assert.Equal(before, (await portal.LoadReportAsync(id)).Sections[0].Items.Select(i => i.Content));
    }

    [Fact]
    public async Task The_kind_of_a_section_can_be_changed_with_its_heading()
    {
        var id = await portal.AddOwnReportAsync(2045);
        using var filer = await portal.SignedInAsync("filer");
        var editor = await filer.GetPageAsync($"/Reports/Section/{id}/5");

        await filer.SubmitAsync(editor.SectionForm(), new Dictionary<string, string?>
        {
            ["Input.Kind"] = nameof(SectionKind.NextYearPlans), ["Input.Heading"] = "下一步工作打算",
        });

        var section = (await portal.LoadReportAsync(id)).Sections[4];
        Assert.Equal((SectionKind.NextYearPlans, "下一步工作打算"), (section.Kind, section.Heading));
    }

    [Fact]
    public async Task Last_years_plans_are_shown_beside_this_years_measures_and_only_there()
    {
        var last = SampleReports.Complete(DemoData.FilerBureau, "市政府", 2046);
        await portal.AddOwnReportAsync(2046, ReportStatus.Published, last with
        {
            Sections = [.. last.Sections.Take(3), last.Sections[3] with { Items = [new("建设涉外法律服务中心。", "年内建成。")] }, last.Sections[4]],
        });
        var id = await portal.AddOwnReportAsync(2047);
        using var filer = await portal.SignedInAsync("filer");

        var measures = await filer.GetPageAsync($"/Reports/Section/{id}/1");
        var problems = await filer.GetPageAsync($"/Reports/Section/{id}/2");

        var aside = measures.Find("aside.filing-aside")!.TextContent;
        Assert.Contains("2046年度报告中的下一年度安排", aside);
        Assert.Contains("（一）建设涉外法律服务中心。", aside);
        Assert.Null(problems.Find("aside.filing-aside"));
    }

    [Fact]
    public async Task A_section_that_does_not_exist_is_a_404()
    {
        var id = await portal.AddOwnReportAsync(2048);
        using var filer = await portal.SignedInAsync("filer");

        var response = await filer.GetAsync($"/Reports/Section/{id}/9", followRedirects: false);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
