using System.Net;
using LawReport.Domain.Reports;
using LawReport.Web.Tests.Reports;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Filing;

/// <summary>
/// Every filing page and save over real HTTP for every user × own/other bureau × status. Expectations are
/// written out here: anonymous → sign-in (401 for the script's saves), the bureau's filer edits while the
/// report is with the bureau and is told it is locked otherwise (409 on a save), heads and reviewers read
/// (preview, PDF) what they may view but never edit (403), administrators nothing.
/// </summary>
public class FilingAccess(ReportDetailsAccess.Fixture fixture) : IClassFixture<ReportDetailsAccess.Fixture>
{
    [Theory]
    [MemberData(nameof(ReportDetailsAccess.Cases), MemberType = typeof(ReportDetailsAccess))]
    public async Task Each_page_and_save_answers_as_the_users_rights_and_the_status_say(string user, bool own, ReportStatus status)
    {
        var id = await fixture.ReportAsync(own, status);
        var client = await fixture.SharedClientAsync(user);
        var filerOwn = user == "filer" && own;
        var editable = status.IsEditable();

        foreach (var page in new[] { $"/Reports/Edit/{id}", $"/Reports/Section/{id}/1", $"/Reports/Submit/{id}" })
        {
            var response = await client.GetAsync(page, followRedirects: false);
            Assert.True(Expected(user, filerOwn) == response.StatusCode, $"{page}: {response.StatusCode}");
            if (filerOwn)
            {
                var text = (await PortalPage.ReadAsync(response)).Text;
                Assert.True(editable != text.Contains("内容已锁定"), $"{page} should {(editable ? "not " : "")}say the report is locked");
            }
        }

        foreach (var page in new[] { $"/Reports/Preview/{id}", $"/Reports/Pdf/{id}" })
        {
            var response = await client.GetAsync(page, followRedirects: false);
            Assert.True(ExpectedView(user, own, status) == response.StatusCode, $"{page}: {response.StatusCode}");
        }

        var fields = await SectionFieldsAsync(client, id);
        var save = await client.PostAsync($"/Reports/Section/{id}/1", fields);
        Assert.Equal(user == "anonymous" ? HttpStatusCode.Redirect : !filerOwn ? HttpStatusCode.Forbidden : editable ? HttpStatusCode.Redirect : HttpStatusCode.Conflict, save.StatusCode);
        if (user == "anonymous")
        {
            Assert.StartsWith("/Account/Login", save.Headers.Location!.PathAndQuery);
        }

        var autosave = await client.AutosaveAsync($"/Reports/Section/{id}/1?handler=Autosave", await SectionFieldsAsync(client, id));
        Assert.Equal(user == "anonymous" ? 401 : !filerOwn ? 403 : editable ? 200 : 409, autosave.StatusCode);
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Redirect)]
    [InlineData("filer", HttpStatusCode.OK)]
    [InlineData("lead", HttpStatusCode.Forbidden)]
    [InlineData("reviewer", HttpStatusCode.Forbidden)]
    [InlineData("sysadmin", HttpStatusCode.Forbidden)]
    public async Task Only_a_bureaus_filer_starts_its_report(string user, HttpStatusCode expected)
    {
        var client = await fixture.SharedClientAsync(user);

        var response = await client.GetAsync("/Reports/Start", followRedirects: false);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_filer_of_another_bureau_cannot_answer_its_return_points_or_change_its_structure()
    {
        var id = await fixture.ReportAsync(own: false, ReportStatus.Returned);
        using var filer = await fixture.SignedInAsync("filer");
        var token = await TokenAsync(filer);
        var version = await fixture.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());

        foreach (var handler in new[] { "Answer", "MoveSection", "RemoveSection", "AddSection", "Details" })
        {
            var response = await filer.PostAsync($"/Reports/Edit/{id}?handler={handler}",
                [new("__RequestVerificationToken", token), new("Answer.Version", version.ToString()), new("Structure.Version", version.ToString()), new("Structure.Position", "1")]);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{handler}: {response.StatusCode}");
        }

        Assert.Equal(5, (await fixture.LoadReportAsync(id)).Sections.Count);
    }

    private static HttpStatusCode Expected(string user, bool filerOwn) =>
        user == "anonymous" ? HttpStatusCode.Redirect : filerOwn ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

    private static HttpStatusCode ExpectedView(string user, bool own, ReportStatus status) => user switch
    {
        "anonymous" => HttpStatusCode.Redirect,
        "filer" or "lead" => own ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
        "reviewer" => status is ReportStatus.Draft or ReportStatus.AwaitingSignOff ? HttpStatusCode.Forbidden : HttpStatusCode.OK,
        _ => HttpStatusCode.Forbidden,
    };

    /// <summary>A valid save of the first section on the report's current version, with the user's antiforgery token.</summary>
    private async Task<List<KeyValuePair<string, string>>> SectionFieldsAsync(PortalClient client, int id)
    {
        var version = await fixture.WithDbAsync((db, _) => db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        return
        [
            new("__RequestVerificationToken", await TokenAsync(client)),
            new("Input.Version", version.ToString()),
            new("Input.Kind", nameof(SectionKind.Measures)),
            new("Input.Heading", "主要举措和成效"),
            new("Input.Items[0].Body", "正文。"),
        ];
    }

    /// <summary>The user's antiforgery token, from a form every user can open (sign-out, or sign-in when anonymous).</summary>
    private static async Task<string> TokenAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/");
        var form = page.Find("form[action*='Logout']") ?? (await client.GetPageAsync("/Account/Login")).Find("main form");
        return form!.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
