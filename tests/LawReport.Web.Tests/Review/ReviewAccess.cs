using System.Globalization;
using System.Net;
using LawReport.Domain.Reports;
using LawReport.Infrastructure.Publishing;
using LawReport.Infrastructure.Seeding;
using LawReport.Tests.Shared;
using LawReport.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LawReport.Web.Tests.Review.ReviewSteps;

namespace LawReport.Web.Tests.Review;

/// <summary>
/// Every page and action of sign-off, review, board, publishing, notifications and audit over real
/// HTTP, for every user: anonymous → sign-in, a filer cannot review or publish, a reviewer cannot sign
/// off or publish (the bureau publishes by default), a head acts only for their own bureau and only in
/// the right status, administrators and the auditor change nothing. A refused action leaves the report
/// exactly as it was. Expectations are written out here, independently of the pages.
/// </summary>
public class ReviewAccess(ReviewAccess.Fixture fixture) : IClassFixture<ReviewAccess.Fixture>
{
    private const string OtherBureau = "常州市人民政府外事办公室";

    private static readonly string[] Users = ["anonymous", "filer", "lead", "reviewer", "sysadmin", "secadmin", "auditor"];

    /// <summary>A report action: where it posts, the status it needs, how to prepare the report, what to fill in, and who may.</summary>
    private sealed record ReportAction(
        string Url, ReportStatus Status, Func<string, bool, bool> Allowed, (string Name, string Value)[] Fields, Func<AnnualReport, DateTimeOffset, bool>? Prepare = null);

    private static bool OwnLead(string user, bool own) => user == "lead" && own;

    private static bool Reviewer(string user, bool own) => user == "reviewer";

    private static readonly Dictionary<string, ReportAction> Actions = new()
    {
        ["SignOff"] = new("/SignOff/Report/{0}?handler=SignOff", ReportStatus.AwaitingSignOff, OwnLead, []),
        ["ReturnToFiler"] = new("/SignOff/Report/{0}?handler=Return", ReportStatus.AwaitingSignOff, OwnLead, [("Return.Reason", "请修改。")]),
        ["StartReview"] = new("/Review/Report/{0}?handler=Start", ReportStatus.Submitted, Reviewer, []),
        ["AddPoint"] = new("/Review/Report/{0}?handler=AddPoint", ReportStatus.InReview, Reviewer, [("Point.Section", "1"), ("Point.Text", "意见。")]),
        ["ClosePoint"] = new("/Review/Report/{0}?handler=ClosePoint&number=1", ReportStatus.InReview, Reviewer, [], RaisePoint),
        ["ReopenPoint"] = new("/Review/Report/{0}?handler=ReopenPoint&number=1", ReportStatus.InReview, Reviewer, [], RaiseAndClosePoint),
        ["DeletePoint"] = new("/Review/Report/{0}?handler=DeletePoint&number=1", ReportStatus.InReview, Reviewer, [], RaisePoint),
        ["Return"] = new("/Review/Report/{0}?handler=Return", ReportStatus.InReview, Reviewer, [("Return.Reason", "请修改。")]),
        ["Approve"] = new("/Review/Report/{0}?handler=Approve", ReportStatus.InReview, Reviewer, []),
        ["Publish"] = new("/Publishing/Report/{0}?handler=Publish", ReportStatus.Approved, OwnLead, []),
        ["Withdraw"] = new("/Publishing/Report/{0}?handler=Withdraw", ReportStatus.Approved, OwnLead, [("Withdrawal.Reason", "撤回。")]),
        ["Correct"] = new("/Publishing/Report/{0}?handler=Correct", ReportStatus.Approved, OwnLead, [("Correction.Reason", "更正。")]),
    };

    /// <summary>Withdraw and Correct need a real publication: those reports are published through the publisher first.</summary>
    private static readonly HashSet<string> NeedsPublication = ["Withdraw", "Correct"];

    /// <summary>
    /// An allowed user in a status the action does not start from is refused too: with 403 when the
    /// user has no right on the report in that status at all, with the domain's message on the page when
    /// the right covers the status but not this step (a reviewer may act on a submitted report, but not
    /// comment before taking it up).
    /// </summary>
    private static readonly Dictionary<string, (ReportStatus Status, string? Message)> WrongStatus = new()
    {
        ["SignOff"] = (ReportStatus.Draft, null),
        ["ReturnToFiler"] = (ReportStatus.Submitted, null),
        ["StartReview"] = (ReportStatus.InReview, "不能开始审核"),
        ["AddPoint"] = (ReportStatus.Submitted, "不能填写退回意见"),
        ["Return"] = (ReportStatus.Approved, null),
        ["Approve"] = (ReportStatus.Returned, null),
        ["Publish"] = (ReportStatus.InReview, null),
        ["Correct"] = (ReportStatus.Draft, null),
    };

    private static bool RaisePoint(AnnualReport report, DateTimeOffset at)
    {
        report.RaiseReturnPoint(1, "请补充。", ReportStates.Reviewer, at);
        return true;
    }

    private static bool RaiseAndClosePoint(AnnualReport report, DateTimeOffset at)
    {
        RaisePoint(report, at);
        report.CloseReturnPoint(1, ReportStates.Reviewer, at);
        return true;
    }

    public sealed class Fixture : PortalFactory
    {
        private readonly SemaphoreSlim _lock = new(1, 1);
        private readonly Dictionary<(string, bool, ReportStatus), int> _shared = [];
        private int _nextYear = 2000;

        /// <summary>
        /// A report for the action: shared by the refused attempts (they change nothing), fresh for the
        /// allowed one (it moves the report on).
        /// </summary>
        public async Task<int> ReportAsync(string action, bool own, ReportStatus status, bool fresh)
        {
            await _lock.WaitAsync();
            try
            {
                if (!fresh && _shared.TryGetValue((action, own, status), out var shared))
                {
                    return shared;
                }

                var bureau = own ? DemoData.FilerBureau : OtherBureau;
                var year = _nextYear++;
                await this.WithDbAsync(async db =>
                {
                    var b = await db.Bureaus.SingleAsync(x => x.FullName == bureau);
                    if (b.OrganizationCode.Length == 0)
                    {
                        b.Update(b.FullName, b.ShortName, own ? "009876543" : "014109568", b.City, b.Category, b.DefaultAddressee);
                        await db.SaveChangesAsync();
                    }
                });
                var id = await this.AddReportAsync(bureau, year, status, Content(bureau, year));
                var definition = Actions[action];
                if (definition.Prepare is { } prepare && status == definition.Status)
                {
                    await this.ChangeAsync(id, report => prepare(report, DateTimeOffset.UtcNow));
                }

                if (NeedsPublication.Contains(action) && status == ReportStatus.Approved)
                {
                    await this.WithDbAsync(async (db, services) =>
                        await services.GetRequiredService<ReportPublisher>().PublishAsync(id, (await db.Reports.FindAsync(id))!.Version, new PublicationRequest(), ReportStates.Lead));
                }

                if (!fresh)
                {
                    _shared[(action, own, status)] = id;
                }

                return id;
            }
            finally
            {
                _lock.Release();
            }
        }
    }

    public static TheoryData<string, string, bool> ActionCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var action in Actions.Keys)
        {
            foreach (var user in Users)
            {
                foreach (var own in new[] { true, false })
                {
                    data.Add(user, action, own);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionCases))]
    public async Task Each_action_is_allowed_exactly_to_its_users(string user, string action, bool own)
    {
        var definition = Actions[action];
        var allowed = definition.Allowed(user, own);
        var id = await fixture.ReportAsync(action, own, definition.Status, fresh: allowed);
        var before = await fixture.ReportAsync(id);
        var client = await fixture.SharedClientAsync(user);

        var response = await PostAsync(client, string.Format(CultureInfo.InvariantCulture, definition.Url, id), before.Version, definition.Fields);

        if (user == "anonymous")
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
        else if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.NotEqual(before.Version, (await fixture.ReportAsync(id)).Version);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        if (!allowed)
        {
            Assert.Equal(before.Version, (await fixture.ReportAsync(id)).Version);
        }
    }

    public static TheoryData<string> WrongStatusCases() => [.. WrongStatus.Keys];

    [Theory]
    [MemberData(nameof(WrongStatusCases))]
    public async Task An_allowed_user_is_refused_in_a_status_the_action_does_not_start_from(string action)
    {
        var definition = Actions[action];
        var user = definition.Allowed("lead", true) ? "lead" : "reviewer";
        var (status, message) = WrongStatus[action];
        var id = await fixture.ReportAsync(action, own: true, status, fresh: false);
        var before = await fixture.ReportAsync(id);
        var client = await fixture.SharedClientAsync(user);

        var response = await PostAsync(client, string.Format(CultureInfo.InvariantCulture, definition.Url, id), before.Version, definition.Fields);

        if (message is null)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, (await PortalPage.ReadAsync(response)).Errors);
        }

        Assert.Equal(before.Version, (await fixture.ReportAsync(id)).Version);
    }

    /// <summary>Pages that read: who may open them (a report in a status where its people may see it).</summary>
    public static TheoryData<string, string, bool> PageCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var page in new[]
        {
            "/SignOff", "/SignOff/Report/{0}", "/SignOff/Report/{0}?handler=Pdf", "/Review", "/Review/Report/{0}", "/Review/Report/{0}?handler=Pdf",
            "/Board", "/Board?handler=Csv", "/Board?handler=Xlsx", "/Board/Notice", "/Publishing", "/Publishing/Report/{0}",
            "/Audit", "/Audit?handler=Csv", "/Notifications",
        })
        {
            foreach (var user in Users)
            {
                foreach (var own in page.Contains("{0}", StringComparison.Ordinal) ? new[] { true, false } : [true])
                {
                    data.Add(user, page, own);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task Each_page_opens_exactly_for_its_users(string user, string page, bool own)
    {
        var id = await fixture.ReportAsync("Publish", own, ReportStatus.Approved, fresh: false);
        var client = await fixture.SharedClientAsync(user);

        var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, page, id), followRedirects: false);

        var area = page.Split('/', '?')[1];
        var expected = user == "anonymous" ? HttpStatusCode.Redirect : (area, user) switch
        {
            ("Notifications", _) => HttpStatusCode.OK,
            ("SignOff", "lead") => own || !page.Contains("{0}", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            ("Publishing", "lead") => own || !page.Contains("{0}", StringComparison.Ordinal) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            ("Publishing" or "Review" or "Board", "reviewer") => HttpStatusCode.OK,
            ("Audit", "auditor") => HttpStatusCode.OK,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task A_reviewer_cannot_open_a_report_the_bureau_has_not_submitted()
    {
        var id = await fixture.ReportAsync("SignOff", own: true, ReportStatus.AwaitingSignOff, fresh: false);
        using var reviewer = await fixture.SignedInAsync("reviewer");

        var response = await reviewer.GetAsync($"/Review/Report/{id}", followRedirects: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Posts a form as the signed-in user's browser could: with their antiforgery token (from the header's sign-out form).</summary>
    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, Guid version, (string Name, string Value)[] fields)
    {
        var token = (await client.GetPageAsync("/Notifications")).Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? "";
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("Version", version.ToString()))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, values);
    }
}
