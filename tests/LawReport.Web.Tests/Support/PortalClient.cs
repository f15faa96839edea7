using System.Net;
using AngleSharp.Html.Dom;

namespace LawReport.Web.Tests.Support;

/// <summary>
/// A browser-like client for integration tests: keeps cookies, follows redirects itself (so tests can
/// see them), parses pages with AngleSharp and submits the page's real forms, antiforgery token and
/// all, as a user's browser would.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    /// <summary>The redirects the last request went through, e.g. to the sign-in page.</summary>
    public IReadOnlyList<Uri> Redirects { get; private set; } = [];

    public async Task<HttpResponseMessage> GetAsync(string url, bool followRedirects = true) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), followRedirects);

    public async Task<PortalPage> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        return await PortalPage.ReadAsync(response);
    }

    /// <summary>Fills <paramref name="values"/> into the form (by field name) and submits it.</summary>
    public async Task<PortalPage> SubmitAsync(IHtmlFormElement form, IDictionary<string, string?>? values = null, string? submitter = null)
    {
        var fields = FormFields(form);
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (submitter is not null)
        {
            var button = form.QuerySelector($"button[name='{submitter}'], input[type=submit][name='{submitter}']") as IHtmlElement
                ?? throw new InvalidOperationException($"No submit button named {submitter}.");
            fields.Add(new(submitter, button.GetAttribute("value") ?? ""));
        }

        // AngleSharp resolves the action against the page's address (the page itself when there is none).
        var target = form.Action;
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        return await PortalPage.ReadAsync(await SendAsync(request, followRedirects: true));
    }

    /// <summary>Posts raw fields (e.g. a stale or forged form) to a URL.</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, bool followRedirects = false) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) }, followRedirects);

    public async Task SignInAsync(string userName, string password)
    {
        var login = await GetPageAsync("/Account/Login");
        var page = await SubmitAsync(login.Form(), new Dictionary<string, string?> { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (page.Document.QuerySelector("form[action*='Logout']") is null)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {page.Errors}");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool followRedirects)
    {
        var redirects = new List<Uri>();
        var response = await Http.SendAsync(request);
        while (followRedirects && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb && redirects.Count < 10)
        {
            var location = new Uri(Http.BaseAddress!, response.Headers.Location!);
            redirects.Add(location);
            response = await Http.GetAsync(location);
        }

        Redirects = redirects;
        return response;
    }

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(name, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "image"))
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea when !textArea.IsDisabled:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select when !select.IsDisabled:
                    foreach (var option in select.SelectedOptions)
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    public void Dispose() => Http.Dispose();
}
