using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>
/// Two people, one section, no script: the second save is refused with a page showing both versions, from
/// which the filer keeps theirs, takes the saved one or merges — never a silent overwrite.
/// </summary>
public class EditConflicts(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(int Id, PortalClient Second, PortalPage Conflict)> ConflictAsync(int year)
    {
        var id = await portal.AddOwnReportAsync(year, content: FilingSteps.CompleteWith(year, 2, new(null, "共同的第一段。"), new(null, "原来的第二段。")));
        using var first = await portal.SignedInAsync("filer");
        var second = await portal.SignedInAsync("filer");
        var formOfFirst = (await first.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();
        var formOfSecond = (await second.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();
        await first.SubmitAsync(formOfFirst, new Dictionary<string, string?> { ["Input.Items[1].Body"] = "甲改的第二段。" });

        var conflict = await second.SubmitAsync(formOfSecond, new Dictionary<string, string?> { ["Input.Items[1].Body"] = "乙改的第二段。" });
        return (id, second, conflict);
    }

    [Fact]
    public async Task The_second_save_shows_both_versions_and_saves_nothing()
    {
        var (id, second, conflict) = await ConflictAsync(2060);
        using var _ = second;

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        var versions = conflict.Document.QuerySelectorAll(".conflict .version").Select(v => v.TextContent).ToList();
        Assert.Contains("乙改的第二段。", versions[0]);
        Assert.Contains("甲改的第二段。", versions[1]);
        Assert.True(string.IsNullOrEmpty(conflict.SectionForm().GetAttribute("data-autosave")), "no autosave while resolving");
        Assert.Equal("甲改的第二段。", (await portal.LoadReportAsync(id)).Sections[1].Items[1].Body);
    }

    [Fact]
    public async Task Keeping_my_version_saves_it_over_the_other()
    {
        var (id, second, conflict) = await ConflictAsync(2061);
        using var _ = second;

        var page = await second.SubmitAsync(conflict.Form(".conflict-choices form"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["共同的第一段。", "乙改的第二段。"], (await portal.LoadReportAsync(id)).Sections[1].Items.Select(i => i.Body));
    }

    [Fact]
    public async Task Taking_the_saved_version_leads_back_to_the_editor_with_it()
    {
        var (_, second, conflict) = await ConflictAsync(2062);
        using var _ = second;

        var link = conflict.Find(".conflict-choices a[data-resolves-draft]")!.GetAttribute("href")!;
        var page = await second.GetPageAsync(link);

        Assert.Equal("甲改的第二段。", page.Find("#Input_Items_1__Body")!.TextContent);
    }

    [Fact]
    public async Task The_merge_form_holds_both_versions_once_each_and_saves_against_the_new_version()
    {
        var (id, second, conflict) = await ConflictAsync(2063);
        using var _ = second;

        var merge = conflict.SectionForm();
        var bodies = merge.QuerySelectorAll("textarea[data-item-body]").Select(t => t.TextContent).ToList();
        var origins = merge.QuerySelectorAll(".origin").Select(o => o.TextContent).ToList();
        Assert.Equal(["共同的第一段。", "乙改的第二段。", "甲改的第二段。"], bodies);
        Assert.Equal(["两个版本相同", "您的版本", "已保存的版本"], origins);

        await second.SubmitAsync(merge, new Dictionary<string, string?>
        {
            ["Input.Items[1].Body"] = "合并后的第二段。", ["Input.Items[2].Body"] = "", ["Input.Items[2].Heading"] = "",
        });

        Assert.Equal(["共同的第一段。", "合并后的第二段。"], (await portal.LoadReportAsync(id)).Sections[1].Items.Select(i => i.Body));
    }

    [Fact]
    public async Task A_section_removed_in_between_is_said_to_be_gone()
    {
        var id = await portal.AddOwnReportAsync(2064);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Section/{id}/5")).SectionForm();
        await portal.ChangeReportAsync(id, report => report.RemoveSection(5, DateTimeOffset.UtcNow));

        var page = await filer.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "新内容。" });

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("已被删除或移动", page.Text);
        Assert.Contains("新内容。", page.Find(".conflict .version")!.TextContent);
    }

    [Fact]
    public async Task Details_changed_in_between_are_shown_under_the_filers_own_and_saved_once_confirmed()
    {
        var id = await portal.AddOwnReportAsync(2065);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Edit/{id}")).Form("form[action*='handler=Details']");
        await portal.ChangeReportAsync(id, report =>
        {
            var c = report.Content;
            report.UpdateDetails(c.Title, c.Addressee, c.Preamble, "特此报告。", c.Signature, c.DateWritten, c.Note, DateTimeOffset.UtcNow);
        });

        var conflict = await filer.SubmitAsync(form, new Dictionary<string, string?> { ["Details.Closing"] = "以上报告，请审阅。" });
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("已保存：特此报告。", conflict.Find("#Details_Closing ~ .theirs")!.TextContent);
        Assert.Equal("以上报告，请审阅。", conflict.Find("#Details_Closing")!.GetAttribute("value"));
        Assert.Equal("特此报告。", (await portal.LoadReportAsync(id)).Closing);

        await filer.SubmitAsync(conflict.Form("form[action*='handler=Details']"));

        Assert.Equal("以上报告，请审阅。", (await portal.LoadReportAsync(id)).Closing);
    }
}
