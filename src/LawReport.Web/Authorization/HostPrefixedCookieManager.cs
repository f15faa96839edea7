using Microsoft.AspNetCore.Authentication.Cookies;

namespace LawReport.Web.Authorization;

/// <summary>
/// The sign-in cookie is called <c>__Host-lawreport.auth</c> when the request came over HTTPS: browsers then
/// accept it only as Secure, for this host alone and the whole path, so no sibling subdomain or plain-HTTP
/// page can set or overwrite it (ASVS 3.4.4). Over plain HTTP (development, or a proxy that does not say
/// the original request was HTTPS) the prefix would make browsers drop the cookie, so it is left off. Behind
/// a TLS-terminating proxy, list the proxy in <c>Proxy:KnownProxies</c> so <c>X-Forwarded-Proto</c> is believed.
/// </summary>
public sealed class HostPrefixedCookieManager : ICookieManager
{
    public const string Prefix = "__Host-";

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        options.Domain = null;
        options.Path = "/";
        _inner.AppendResponseCookie(context, Name(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        options.Domain = null;
        options.Path = "/";
        _inner.DeleteCookie(context, Name(context, key), options);
    }

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;
}
