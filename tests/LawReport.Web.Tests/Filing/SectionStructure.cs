using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>Sections added, moved and removed from the overview; numbering follows the new order.</summary>
public class SectionStructure(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_section_added_without_a_heading_gets_the_standard_one_and_opens_in_the_editor()
    {
        var id = await portal.AddOwnReportAsync(2020);
        await portal.ChangeReportAsync(id, report => report.RemoveSection(2, DateTimeOffset.UtcNow));
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var editor = await filer.SubmitAsync(overview.Form("#add-section"), new Dictionary<string, string?> { ["Structure.Kind"] = "Problems" });

        Assert.Equal($"/Reports/Section/{id}/5", editor.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("已添加第五部分", editor.Text);
        var added = (await portal.LoadReportAsync(id)).Sections[4];
        Assert.Equal((SectionKind.Problems, "2020年推进法治政府建设存在的不足和原因"), (added.Kind, added.Heading));
    }

    [Fact]
    public async Task A_section_moved_up_changes_the_numbering()
    {
        var id = await portal.AddOwnReportAsync(2021);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var page = await filer.SubmitAsync(overview.Form("form[action*='handler=MoveSection']:has(input[name='Structure.Position'][value='3']):has(input[name='Structure.Direction'][value='-1'])"));

        Assert.Equal(SectionKind.LeaderDuties, (await portal.LoadReportAsync(id)).Sections[1].Kind);
        Assert.StartsWith("二、党政主要负责人", page.Document.QuerySelectorAll("#sections tbody th")[1].TextContent);
    }

    [Fact]
    public async Task Removing_a_section_with_text_asks_first_and_removes_it_once_confirmed()
    {
        var id = await portal.AddOwnReportAsync(2022);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");

        var confirm = await filer.SubmitAsync(overview.Form("form[action*='handler=RemoveSection']:has(input[name='Structure.Position'][value='5'])"));
        Assert.Contains("删除后无法恢复", confirm.Find("form.confirm")!.TextContent);
        Assert.Equal(5, (await portal.LoadReportAsync(id)).Sections.Count);

        await filer.SubmitAsync(confirm.Form("form.confirm"));

        Assert.Equal(4, (await portal.LoadReportAsync(id)).Sections.Count);
    }

    [Fact]
    public async Task A_move_based_on_an_outdated_list_is_refused()
    {
        var id = await portal.AddOwnReportAsync(2023);
        using var filer = await portal.SignedInAsync("filer");
        var overview = await filer.GetPageAsync($"/Reports/Edit/{id}");
        await portal.ChangeReportAsync(id, report => report.MoveSection(1, 1, DateTimeOffset.UtcNow));

        var page = await filer.SubmitAsync(overview.Form("form[action*='handler=MoveSection']:has(input[name='Structure.Position'][value='1']):has(input[name='Structure.Direction'][value='1'])"));

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("报告的结构已被他人", page.Errors);
        Assert.Equal([SectionKind.Problems, SectionKind.Measures], (await portal.LoadReportAsync(id)).Sections.Take(2).Select(s => s.Kind));
    }
}
