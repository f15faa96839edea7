using System.Net;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Filing;

/// <summary>The autosave handlers as the editor script calls them: the form's fields in, JSON out.</summary>
public class Autosave(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_save_answers_the_new_version_and_the_time_and_a_save_on_it_succeeds_again()
    {
        var id = await portal.AddOwnReportAsync(2050);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();

        var first = await filer.AutosaveAsync(form.AutosaveUrl(), FilingSteps.FieldsOf(form, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "第一稿。" }));
        var second = await filer.AutosaveAsync(form.AutosaveUrl(), FilingSteps.FieldsOf(form, new Dictionary<string, string?>
        {
            ["Input.Items[0].Body"] = "第二稿。", ["Input.Version"] = first.Version, ["Input.Base"] = first.Base,
        }));

        Assert.Equal((200, "saved"), (first.StatusCode, first.Status));
        Assert.Matches(@"^\d\d:\d\d$", first.Json.GetProperty("savedAtText").GetString());
        Assert.Equal(4, first.Json.GetProperty("characters").GetInt32());
        Assert.Equal("saved", second.Status);
        var report = await portal.LoadReportAsync(id);
        Assert.Equal("第二稿。", report.Sections[1].Items[0].Body);
        Assert.Equal(second.Version, report.Version.ToString());
    }

    [Fact]
    public async Task A_save_on_an_outdated_section_is_refused_with_both_versions()
    {
        var id = await portal.AddOwnReportAsync(2051);
        using var first = await portal.SignedInAsync("filer");
        using var second = await portal.SignedInAsync("filer");
        var formOfFirst = (await first.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();
        var formOfSecond = (await second.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();
        await first.AutosaveAsync(formOfFirst.AutosaveUrl(), FilingSteps.FieldsOf(formOfFirst, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "甲的文字。" }));

        var answer = await second.AutosaveAsync(formOfSecond.AutosaveUrl(), FilingSteps.FieldsOf(formOfSecond, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "乙的文字。" }));

        Assert.Equal((409, "conflict"), (answer.StatusCode, answer.Status));
        Assert.Contains("已被他人", answer.Message);
        Assert.Equal("乙的文字。", answer.Json.GetProperty("mine").GetProperty("items")[0].GetProperty("body").GetString());
        Assert.Equal("甲的文字。", answer.Json.GetProperty("theirs").GetProperty("items")[0].GetProperty("body").GetString());
        Assert.Equal("甲的文字。", (await portal.LoadReportAsync(id)).Sections[1].Items[0].Body);
    }

    [Fact]
    public async Task Saves_of_different_sections_in_between_do_not_conflict()
    {
        var id = await portal.AddOwnReportAsync(2052);
        using var first = await portal.SignedInAsync("filer");
        using var second = await portal.SignedInAsync("filer");
        var measures = (await first.GetPageAsync($"/Reports/Section/{id}/1")).SectionForm();
        var problems = (await second.GetPageAsync($"/Reports/Section/{id}/2")).SectionForm();
        var details = (await second.GetPageAsync($"/Reports/Edit/{id}")).Form("form[action*='handler=Details']");

        var a = await first.AutosaveAsync(measures.AutosaveUrl(), FilingSteps.FieldsOf(measures, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "举措。" }));
        var b = await second.AutosaveAsync(problems.AutosaveUrl(), FilingSteps.FieldsOf(problems, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "不足。" }));
        var c = await second.AutosaveAsync(details.AutosaveUrl(), FilingSteps.FieldsOf(details, new Dictionary<string, string?> { ["Details.Closing"] = "特此报告。" }));

        Assert.Equal(["saved", "saved", "saved"], new[] { a.Status, b.Status, c.Status });
        var report = await portal.LoadReportAsync(id);
        Assert.Equal(("举措。", "不足。", "特此报告。"), (report.Sections[0].Items[0].Body, report.Sections[1].Items[0].Body, report.Closing));
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_the_messages_by_field()
    {
        var id = await portal.AddOwnReportAsync(2053);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Section/{id}/1")).SectionForm();

        var answer = await filer.AutosaveAsync(form.AutosaveUrl(), FilingSteps.FieldsOf(form, new Dictionary<string, string?> { ["Input.Heading"] = "" }));

        Assert.Equal((400, "invalid"), (answer.StatusCode, answer.Status));
        Assert.Equal("请填写这一部分的标题。", answer.Json.GetProperty("errors").GetProperty("Input.Heading")[0].GetString());
    }

    [Fact]
    public async Task Without_a_session_a_save_answers_401_json_and_not_the_sign_in_page()
    {
        var id = await portal.AddOwnReportAsync(2054);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Section/{id}/1")).SectionForm();
        var fields = FilingSteps.FieldsOf(form, new Dictionary<string, string?> { ["Input.Items[0].Body"] = "会话过期时输入的文字。" });
        var signOut = (await filer.GetPageAsync("/")).Form("form[action*='Logout']");
        await filer.SubmitAsync(signOut);

        var answer = await filer.AutosaveAsync(form.AutosaveUrl(), fields);

        Assert.Equal((401, "application/json", "signed-out"), (answer.StatusCode, answer.MediaType, answer.Status));
        Assert.Contains("保存在本机浏览器中", answer.Message);
        Assert.NotEqual("会话过期时输入的文字。", (await portal.LoadReportAsync(id)).Sections[0].Items[0].Body);
    }

    [Fact]
    public async Task A_page_request_without_a_session_still_goes_to_the_sign_in_page()
    {
        var id = await portal.AddOwnReportAsync(2055);
        using var anonymous = portal.CreatePortalClient();

        var response = await anonymous.GetAsync($"/Reports/Section/{id}/1", followRedirects: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_report_submitted_in_between_answers_locked_with_the_reason()
    {
        var id = await portal.AddOwnReportAsync(2056);
        using var filer = await portal.SignedInAsync("filer");
        var form = (await filer.GetPageAsync($"/Reports/Section/{id}/1")).SectionForm();
        await portal.ChangeReportAsync(id, report => report.SubmitForSignOff(ReportStates.Filer, DateTimeOffset.UtcNow));

        var answer = await filer.AutosaveAsync(form.AutosaveUrl(), FilingSteps.FieldsOf(form));

        Assert.Equal((409, "locked"), (answer.StatusCode, answer.Status));
        Assert.Contains("已提交单位负责人签发", answer.Message);
    }
}
