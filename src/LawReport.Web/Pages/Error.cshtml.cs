using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages;

/// <summary>The Chinese error page for every status code; it never shows exception details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    /// <summary>The codes a visitor may ask for directly; anything else is a 404, never a status of the visitor's choosing.</summary>
    private static readonly HashSet<int> Known =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
        StatusCodes.Status405MethodNotAllowed, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError,
    ];

    private void Describe(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted && code is { } asked && !Known.Contains(asked))
        {
            code = StatusCodes.Status404NotFound;
        }

        var status = code ?? StatusCodes.Status500InternalServerError;
        (Heading, Explanation) = status switch
        {
            StatusCodes.Status400BadRequest => ("请求无效", "提交的内容无法处理。如果您是在提交表单，请刷新页面后重试。"),
            StatusCodes.Status403Forbidden => ("无权访问", "您的账号没有访问此页面或执行此操作的权限。如有疑问，请联系本单位管理员。"),
            StatusCodes.Status404NotFound => ("页面不存在", "您访问的页面不存在或已被删除，请检查网址。"),
            StatusCodes.Status405MethodNotAllowed => ("操作不允许", "该页面不支持这种访问方式。"),
            StatusCodes.Status429TooManyRequests => ("请求过于频繁", "请稍后再试。"),
            _ when status >= 500 => ("系统出现错误", "系统暂时无法完成您的请求，已记录该错误。请稍后重试。"),
            _ => ("请求未能完成", "请返回上一页重试。"),
        };

        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }

        // Re-executed pages keep the original status; a direct visit to /Error/404 reports it too.
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK && code is not null)
        {
            HttpContext.Response.StatusCode = status;
        }
    }
}
