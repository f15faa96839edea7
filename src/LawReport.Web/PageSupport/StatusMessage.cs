using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LawReport.Web.PageSupport;

/// <summary>
/// The one-line message a page leaves for the next one after a redirect (“已保存 14:32。”), shown once by the
/// layout: what happened, in the user's words.
/// </summary>
public static class StatusMessage
{
    private const string Key = "Status";

    public static void SetStatus(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>The message left by the previous request, if any; reading it removes it.</summary>
    public static string? TakeStatus(this ITempDataDictionary tempData) => tempData[Key] as string;
}
