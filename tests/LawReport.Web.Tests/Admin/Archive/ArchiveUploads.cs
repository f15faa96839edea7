using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;

namespace LawReport.Web.Tests.Admin.Archive;

/// <summary>Uploads files through the archive page's real form (multipart, with its antiforgery token), as a browser does.</summary>
internal static class ArchiveUploads
{
    public const string Index = "/Admin/Archive";

    public static async Task<PortalPage> UploadAsync(this PortalClient client, params (string Name, byte[] Bytes)[] files)
    {
        var page = await client.GetPageAsync(Index);
        var form = page.Form("form[enctype='multipart/form-data']");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        var fileField = form.QuerySelectorAll("input[type=file]").OfType<IHtmlInputElement>().Single().Name!;
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), fileField, name);
        }

        var response = await client.Http.PostAsync(form.Action, content);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetPageAsync(response.Headers.Location!.OriginalString)
            : await PortalPage.ReadAsync(response);
    }

    public static (string Name, byte[] Bytes) Seed(string prefix)
    {
        var path = RepositoryPaths.Seed(prefix);
        return (Path.GetFileName(path), File.ReadAllBytes(path));
    }

    /// <summary>A small report of its own for each test, so tests sharing a portal never collide.</summary>
    public static (string Name, byte[] Bytes) Report(string bureau, int year, string name = "report.txt") => (name, Encoding.UTF8.GetBytes($"""
        {bureau}{year}年度法治政府建设情况报告
        市委、市政府：
        {year}年，我单位坚持依法行政。
        一、主要举措和成效
        （一）加强学习。组织学法4次。
        （二）依法决策。重大事项集体研究。
        （三）规范执法。执法案卷全部合格。
        二、规范执法
        执法案卷全部合格。
        三、{year + 1}年工作安排
        继续加强学习。
        {bureau}
        {year}年12月20日
        """));

    /// <summary>The review page's form for a correction of one section (Kind, Merge or Split).</summary>
    public static IHtmlFormElement CorrectionForm(this PortalPage page, string handler, int section, int? item = null) =>
        page.Document.QuerySelectorAll($"#section-{section} form[action*='handler={handler}']").OfType<IHtmlFormElement>()
            .Single(f => item is null || f.QuerySelector($"input[name=Item][value='{item}']") is not null);
}
