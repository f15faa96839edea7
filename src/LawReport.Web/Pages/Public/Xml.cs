using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LawReport.Web.Pages.Public;

/// <summary>Writes an XML document (feed, sitemap) as a UTF-8 response with a short public cache lifetime.</summary>
internal static class Xml
{
    /// <summary>Ten minutes: a withdrawal leaves feeds and the sitemap soon, while crawlers still get cached copies.</summary>
    public const string CacheControl = "public, max-age=600";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static IResult Result(XElement root, string contentType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return new CachedResult(Results.Bytes(stream.ToArray(), contentType), CacheControl);
    }

    /// <summary>A result that sets its Cache-Control header first.</summary>
    internal sealed class CachedResult(IResult inner, string cacheControl) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = cacheControl;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
