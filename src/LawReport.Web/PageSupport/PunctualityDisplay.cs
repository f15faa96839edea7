using LawReport.Domain.Cycles;

namespace LawReport.Web.PageSupport;

public static class PunctualityDisplay
{
    /// <summary>The CSS class of a timeliness label: late in red, on time in green, not yet due plain.</summary>
    public static string CssClass(this Punctuality punctuality) => punctuality switch
    {
        Punctuality.OnTime => "timeliness on-time",
        Punctuality.Pending => "timeliness pending",
        _ => "timeliness late",
    };
}
