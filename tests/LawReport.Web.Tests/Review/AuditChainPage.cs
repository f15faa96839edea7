using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Web.Tests.Review;

/// <summary>The auditor's page walks the hash chain on every view and says whether it holds.</summary>
public class AuditChainPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_page_shows_an_intact_chain_then_names_an_entry_changed_in_plain_sql()
    {
        using var auditor = await portal.SignedInAsync("auditor");
        var intact = await auditor.GetPageAsync("/Audit");

        var id = await portal.WithDbAsync(async (db, _) =>
        {
            var first = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => new { e.Id, e.Sequence }).FirstAsync();
            await AuditTampering.DropTriggersAsync(db);
            await AuditTampering.ChangeActorAsync(db, first.Id, "冒名者");
            return first.Id;
        });
        var broken = await auditor.GetPageAsync("/Audit");

        Assert.Contains("审计日志校验链完整", intact.Document.QuerySelector("#chain")!.TextContent);
        var problem = broken.Document.QuerySelector("#chain")!.TextContent;
        Assert.Contains("审计日志校验链被破坏", problem);
        Assert.Contains($"记录 #{id}（序号 1）的校验码不符", problem);
    }
}
