using System.Globalization;
using LawReport.Domain.Audit;
using LawReport.Domain.Common;
using LawReport.Infrastructure.Audit;
using LawReport.Infrastructure.Data;
using LawReport.Web.Exports;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Pages.Audit;

/// <summary>
/// The audit log for the auditor (审计管理员): filter by time, kind of action, who and what; page
/// through; export the filtered entries as CSV. Read-only by design: the page has no form that changes
/// anything and answers every POST with 405, and the data layer refuses to change an entry.
/// Each view walks the hash chain as <c>lawreport audit verify</c> does and shows whether it holds.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel(AppDbContext db, TimeProvider time, AuditChain chain) : PageModel
{
    public const int PageSize = 50;

    /// <summary>An export holds at most this many entries (the newest); narrow the filter for more.</summary>
    public const int MaxExport = 100_000;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    /// <summary>Part of the name or account of who acted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>Part of the target, summary, details or address.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Whether the hash chain holds, and if not, the first entry changed, removed or inserted.</summary>
    public AuditChainReport Chain { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Chain = await chain.VerifyAsync(db, cancellationToken: HttpContext.RequestAborted);
        var entries = Filtered();
        Total = await entries.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await entries.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var entries = await Filtered().OrderByDescending(e => e.Id).Take(MaxExport).ToListAsync();
        var rows = entries.Select(e => (IReadOnlyList<string>)
        [
            e.At.InChina().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            e.Action.Label(),
            e.ActorName,
            e.ActorId,
            e.RemoteAddress,
            e.Target,
            e.Summary,
            e.Details,
        ]);
        var name = $"审计日志-{time.ChinaToday():yyyyMMdd}.csv";
        return File(Csv.Write(["时间", "类别", "操作人", "账号ID", "来源地址", "对象", "内容", "说明"], rows), Csv.ContentType, name);
    }

    /// <summary>Nothing is ever changed here.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    /// <summary>
    /// Any date may be typed or put in the address; the ends of the calendar (0001-01-01, 9999-12-31) cannot
    /// be turned into instants in China's time zone, and no entry is older or newer than this range anyway.
    /// </summary>
    private static DateOnly Clamp(DateOnly date) =>
        date < EarliestDate ? EarliestDate : date > LatestDate ? LatestDate : date;

    private static readonly DateOnly EarliestDate = new(1900, 1, 1);

    private static readonly DateOnly LatestDate = new(9000, 12, 31);

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (From is { } from)
        {
            var start = ChinaTime.StartOf(Clamp(from));
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = ChinaTime.StartOf(Clamp(to).AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        if (Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            entries = entries.Where(e => e.ActorName.Contains(actor) || e.ActorId == actor);
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            entries = entries.Where(e => e.Target.Contains(text) || e.Summary.Contains(text) || e.Details.Contains(text) || e.RemoteAddress.Contains(text));
        }

        return entries;
    }
}
