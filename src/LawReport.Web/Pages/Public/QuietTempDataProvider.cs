using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace LawReport.Web.Pages.Public;

/// <summary>
/// The cookie TempData provider, minus one habit: every page reads TempData (the layout's status line),
/// and saving an empty TempData makes the provider send a Set-Cookie that deletes a cookie the visitor
/// never had. On public pages that header stops shared caches from keeping the response. Here nothing
/// is sent when there is nothing to keep and nothing to delete.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var cookie = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(cookie))
        {
            return;
        }

        inner.SaveTempData(context, values);
    }

    /// <summary>Registered before MVC, whose own registration of the cookie provider then steps aside (TryAdd).</summary>
    internal static void Register(IServiceCollection services) =>
        services.AddSingleton<ITempDataProvider>(provider =>
            new QuietTempDataProvider(ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider), provider.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
}
