using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;
using LawReport.Domain.Users;
using LawReport.Infrastructure.Data;
using LawReport.Web.Authorization;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Notifications;

/// <summary>
/// A user's notifications, newest first. Opening one marks it read and goes where the user can act
/// on the report now (which may have moved on since); “全部标为已读” clears the header's count.
/// </summary>
public sealed class IndexModel(AppDbContext db, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    /// <summary>The list shows this many; older ones stay in the database.</summary>
    public const int PageSize = 100;

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public int Unread { get; private set; }

    public async Task OnGetAsync()
    {
        var userId = User.GetUserId();
        Notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id)
            .Take(PageSize)
            .ToListAsync();
        Unread = await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
    }

    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        var userId = User.GetUserId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId);
        if (notification is null)
        {
            return NotFound();
        }

        notification.MarkRead(time.GetUtcNow());
        await db.SaveChangesAsync();
        return LocalRedirect(await DestinationAsync(notification));
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var userId = User.GetUserId();
        var now = time.GetUtcNow();
        foreach (var notification in await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync())
        {
            notification.MarkRead(now);
        }

        await db.SaveChangesAsync();
        TempData.SetStatus("全部通知已标为已读。");
        return RedirectToPage();
    }

    /// <summary>The page where the user can do what the report needs from them now, else where they can read it.</summary>
    private async Task<string> DestinationAsync(Notification notification)
    {
        // The areas (and so the pages) the user may open, by the same policies that guard them.
        async Task<bool> Area(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;
        var report = notification.ReportId is { } reportId
            ? await db.Reports.AsNoTracking().Where(r => r.Id == reportId).Select(r => new ReportAccessTarget(r.BureauId, r.Status)).FirstOrDefaultAsync()
            : null;
        if (report is null)
        {
            return await Area(Policies.Reviewer) ? "/Board" : await Area(Policies.BureauLead) && !User.ToReportActor().Has(Roles.Filer) ? "/SignOff" : "/Reports";
        }

        async Task<bool> May(ReportRequirement requirement) => (await authorization.AuthorizeAsync(User, report, requirement)).Succeeded;
        var id = notification.ReportId;
        return await May(ReportRequirement.Review) ? $"/Review/Report/{id}"
            : await May(ReportRequirement.SignOff) ? $"/SignOff/Report/{id}"
            : report.Status == ReportStatus.Approved && await May(ReportRequirement.Publish) ? $"/Publishing/Report/{id}"
            : await May(ReportRequirement.View) ? (await Area(Policies.Reviewer) ? $"/Review/Report/{id}" : $"/Reports/Details/{id}")
            : "/Notifications";
    }
}
