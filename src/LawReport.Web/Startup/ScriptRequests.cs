using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LawReport.Web.Startup;

/// <summary>
/// Requests made by the pages' own scripts (autosave), which ask for JSON. When the session has ended they
/// get <c>401</c> with a Chinese explanation instead of a redirect to the sign-in page: a script that
/// followed the redirect would read the sign-in form as an answer and the typed text would seem saved.
/// </summary>
public static class ScriptRequests
{
    public const string SignedOutMessage = "登录已超时，内容没有保存到服务器。已输入的文字保存在本机浏览器中，重新登录后可以恢复。";

    public static bool IsScriptRequest(this HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The cookie handler's sign-in challenge: 401 JSON for scripts, the usual redirect for pages.</summary>
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.IsScriptRequest())
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return context.Response.WriteAsJsonAsync(new { status = "signed-out", message = SignedOutMessage });
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
