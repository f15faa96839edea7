using LawReport.Domain.Reports;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Reports.Editing;

/// <summary>
/// Why the report came back to the filer, when its last step was a return: 退回修改 by the city's reviewer
/// or 退回填报人 by the bureau's head.
/// </summary>
public sealed record ReturnNote(string By, DateTimeOffset At, string Reason, bool ByReviewer)
{
    public static async Task<ReturnNote?> LatestAsync(AppDbContext db, int reportId)
    {
        var last = await db.Set<StatusChange>().AsNoTracking()
            .Where(h => EF.Property<int>(h, "ReportId") == reportId)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .FirstOrDefaultAsync();
        return last switch
        {
            { To: ReportStatus.Returned } => new ReturnNote(last.ActorName, last.At, last.Comment, ByReviewer: true),
            { From: ReportStatus.AwaitingSignOff, To: ReportStatus.Draft } => new ReturnNote(last.ActorName, last.At, last.Comment, ByReviewer: false),
            _ => null,
        };
    }
}
