using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace LawReport.Web.Tests.Support;

/// <summary>A page as the browser got it: status, address, parsed document and what it says.</summary>
public sealed class PortalPage
{
    private PortalPage(HttpResponseMessage response, IHtmlDocument document)
    {
        Response = response;
        Document = document;
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public IHtmlDocument Document { get; }

    /// <summary>The visible text of the main content.</summary>
    public string Text => (Document.QuerySelector("main") ?? Document.Body)?.TextContent ?? "";

    public string Title => Document.Title ?? "";

    /// <summary>The form's error summary and every field error, for assertion messages.</summary>
    public string Errors => string.Join(" | ", Document.QuerySelectorAll(".form-errors li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    public static async Task<PortalPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
        return new PortalPage(response, (IHtmlDocument)document);
    }

    /// <summary>The page's form: the only one inside main, or the one matching <paramref name="selector"/>.</summary>
    public IHtmlFormElement Form(string? selector = null)
    {
        var forms = Document.QuerySelectorAll(selector ?? "main form").OfType<IHtmlFormElement>().ToList();
        return forms.Count == 1
            ? forms[0]
            : throw new InvalidOperationException($"Expected one form for '{selector ?? "main form"}' on {Document.Url}, found {forms.Count}.");
    }

    /// <summary>The error shown next to a field, e.g. <c>Input.OrganizationCode</c>.</summary>
    public string FieldError(string field) =>
        Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    public IElement? Find(string selector) => Document.QuerySelector(selector);
}
