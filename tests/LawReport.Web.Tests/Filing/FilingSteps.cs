using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LawReport.Domain.Cycles;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Filing;

/// <summary>The steps of the filing tests: reports in the demo filer's bureau, the editor's forms, autosave posts.</summary>
internal static class FilingSteps
{
    public static string Invariant(this int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Opens a reporting cycle for <paramref name="year"/> (if none) so a report can be started for it.</summary>
    public static Task OpenCycleAsync(this PortalFactory portal, int year) =>
        portal.WithDbAsync(async db =>
        {
            if (!await db.ReportingCycles.AnyAsync(c => c.Year == year))
            {
                db.ReportingCycles.Add(ReportingCycle.Open(year));
                await db.SaveChangesAsync();
            }
        });

    /// <summary>A report of the demo filer's bureau in <paramref name="status"/>, complete unless other content is given.</summary>
    public static Task<int> AddOwnReportAsync(this PortalFactory portal, int year, ReportStatus status = ReportStatus.Draft, ReportContent? content = null) =>
        portal.AddReportAsync(DemoData.FilerBureau, year, status, content);

    public static Task<AnnualReport> LoadReportAsync(this PortalFactory portal, int id) =>
        portal.WithDbAsync((db, _) => db.Reports.AsNoTracking()
            .Include(r => r.Sections).ThenInclude(s => s.Items)
            .Include(r => r.History)
            .Include(r => r.ReturnPoints)
            .AsSplitQuery()
            .SingleAsync(r => r.Id == id));

    /// <summary>Changes a report through the domain, as another user's request would, and saves it.</summary>
    public static Task ChangeReportAsync(this PortalFactory portal, int id, Action<AnnualReport> change) =>
        portal.WithDbAsync(async db =>
        {
            var report = await db.Reports
                .Include(r => r.Sections).ThenInclude(s => s.Items)
                .Include(r => r.ReturnPoints)
                .Include(r => r.Revisions)
                .AsSplitQuery()
                .SingleAsync(r => r.Id == id);
            change(report);
            await db.SaveChangesAsync();
        });

    /// <summary>The report content with one section's items replaced (the rest complete).</summary>
    public static ReportContent CompleteWith(int year, int position, params ReportItemContent[] items)
    {
        var content = SampleReports.Complete(DemoData.FilerBureau, "市政府", year);
        var sections = content.Sections.ToList();
        sections[position - 1] = sections[position - 1] with { Items = items };
        return content with { Sections = sections };
    }

    /// <summary>Fields of a section form: heading and items as (heading, body) pairs.</summary>
    public static Dictionary<string, string?> SectionFields(string heading, params (string? Heading, string? Body)[] items)
    {
        var fields = new Dictionary<string, string?> { ["Input.Heading"] = heading };
        for (var i = 0; i < items.Length; i++)
        {
            fields[$"Input.Items[{i}].Heading"] = items[i].Heading;
            fields[$"Input.Items[{i}].Body"] = items[i].Body;
        }

        return fields;
    }

    public static IHtmlFormElement SectionForm(this PortalPage page) => page.Form("#section-form");

    /// <summary>All the fields a form would post, as a browser's script would serialise them (FormData).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, IDictionary<string, string?>? values = null)
    {
        var fields = form.Elements
            .OfType<IHtmlElement>()
            .Select(e => e switch
            {
                IHtmlInputElement { Type: not ("submit" or "button" or "checkbox" or "radio" or "file") } i when i.Name is { Length: > 0 } => new KeyValuePair<string, string>(i.Name, i.Value ?? ""),
                IHtmlTextAreaElement t when t.Name is { Length: > 0 } => new KeyValuePair<string, string>(t.Name, t.Value),
                IHtmlSelectElement s when s.Name is { Length: > 0 } => new KeyValuePair<string, string>(s.Name, s.Value ?? ""),
                _ => default,
            })
            .Where(f => f.Key is not null)
            .ToList();
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        return fields;
    }

    /// <summary>Posts a form's fields to its autosave handler as the editor script does, and reads the JSON answer.</summary>
    public static async Task<AutosaveAnswer> AutosaveAsync(this PortalClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var mediaType = response.Content.Headers.ContentType?.MediaType;

        // A refusal by a role policy comes as the site's error page; the script goes by the status code then.
        var json = mediaType == "application/json" ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return new AutosaveAnswer((int)response.StatusCode, mediaType, json);
    }

    public static string AutosaveUrl(this IHtmlFormElement form) =>
        form.GetAttribute("data-autosave") ?? throw new InvalidOperationException("The form has no autosave address.");

    /// <summary>Posts a file to a form that uploads one, with the form's other fields and antiforgery token.</summary>
    public static async Task<PortalPage> UploadAsync(this PortalClient client, IHtmlFormElement form, string field, byte[] bytes, string fileName)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form))
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(bytes), field, fileName);
        var response = await client.Http.PostAsync(form.Action, content);
        while (response.StatusCode is System.Net.HttpStatusCode.Redirect or System.Net.HttpStatusCode.Found)
        {
            response = await client.Http.GetAsync(new Uri(client.Http.BaseAddress!, response.Headers.Location!));
        }

        return await PortalPage.ReadAsync(response);
    }

    /// <summary>The id in a filing page's address (/Reports/Edit/12).</summary>
    public static int ReportIdIn(PortalPage page) =>
        int.Parse(page.Response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[3], CultureInfo.InvariantCulture);
}

/// <summary>An autosave handler's answer: the HTTP status and the JSON body.</summary>
internal sealed record AutosaveAnswer(int StatusCode, string? MediaType, JsonElement Json)
{
    public string Status => Json.GetProperty("status").GetString()!;

    public string Message => Json.TryGetProperty("message", out var m) ? m.GetString()! : "";

    public string Version => Json.GetProperty("version").GetString()!;

    public string Base => Json.GetProperty("base").GetString()!;
}
