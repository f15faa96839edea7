using LawReport.Domain.Common;
using LawReport.Domain.Cycles;
using LawReport.Infrastructure.Data;
using LawReport.Web.PageSupport;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LawReport.Web.Pages.Board;

/// <summary>
/// The names a 通报 needs, in one place: bureaus that submitted late or not at all, and bureaus that
/// have not published (or published late), as lists and as a paragraph ready to paste into a notice.
/// </summary>
public sealed class NoticeModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public ReportingCycle? Cycle { get; private set; }

    public IReadOnlyList<(string Heading, IReadOnlyList<string> Bureaus)> Groups { get; private set; } = [];

    public string Text { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        Cycle = await db.ChosenCycleAsync(Year);
        if (Cycle is null)
        {
            return NotFound();
        }

        var rows = await CycleBoard.RowsAsync(db, Cycle, time);
        Groups =
        [
            ("逾期未报送", Names(rows.Where(r => r.Submission == Punctuality.Overdue))),
            ("逾期报送", Names(rows.Where(r => r.Submission == Punctuality.Late))),
            ("逾期未公开", Names(rows.Where(r => r.Publication == Punctuality.Overdue))),
            ("尚未公开（未到公开截止日期）", Names(rows.Where(r => r.Publication == Punctuality.Pending))),
            ("逾期公开", Names(rows.Where(r => r.Publication == Punctuality.Late))),
        ];
        var listed = Groups.Where(g => g.Bureaus.Count > 0).Select(g => $"{g.Heading}的单位（{g.Bureaus.Count}个）：{string.Join("、", g.Bureaus)}。");
        Text = $"截至{ChineseDate.Format(time.ChinaToday())}，{Cycle.Year}年度法治政府建设情况报告" +
            (listed.Any() ? "报送和公开情况如下：" + string.Concat(listed) : "全部按时报送并公开。");
        return Page();
    }

    private static IReadOnlyList<string> Names(IEnumerable<BoardRow> rows) => rows.Select(r => r.Bureau).ToList();
}
