using LawReport.Domain.Notifications;
using LawReport.Domain.Reports;

namespace LawReport.Domain.Tests.Notifications;

public class WorkflowNoticeRules
{
    private const string Title = "重庆市人民政府外事办公室2025年度法治政府建设情况报告";

    /// <summary>Who hears of each transition, written out from the issue independently of WorkflowNotices.</summary>
    public static TheoryData<ReportTransition, NoticeAudience[]> Audiences() => new()
    {
        { ReportTransition.SubmitForSignOff, [NoticeAudience.BureauLeads] },
        { ReportTransition.ReturnToFiler, [NoticeAudience.BureauFilers] },
        { ReportTransition.SignOff, [NoticeAudience.Reviewers, NoticeAudience.BureauFilers] },
        { ReportTransition.StartReview, [] },
        { ReportTransition.Return, [NoticeAudience.BureauFilers, NoticeAudience.BureauLeads] },
        { ReportTransition.Approve, [NoticeAudience.Publishers, NoticeAudience.BureauFilers, NoticeAudience.BureauLeads] },
        { ReportTransition.Publish, [NoticeAudience.BureauFilers, NoticeAudience.BureauLeads, NoticeAudience.Reviewers] },
        { ReportTransition.Withdraw, [NoticeAudience.BureauFilers, NoticeAudience.BureauLeads, NoticeAudience.Reviewers] },
        { ReportTransition.StartCorrection, [NoticeAudience.BureauFilers, NoticeAudience.BureauLeads] },
    };

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Each_transition_tells_the_people_who_act_next_and_whose_report_it_is(ReportTransition transition, NoticeAudience[] expected)
    {
        var notices = WorkflowNotices.For(transition, Title, "李强", "理由");

        Assert.Equal(expected, notices.Select(n => n.Audience));
        Assert.All(notices, n => Assert.Contains($"《{Title}》", n.Text));
    }

    [Fact]
    public void A_return_carries_its_reason()
    {
        var notice = WorkflowNotices.For(ReportTransition.Return, Title, "王芳", "第二部分过于简略。")[0];

        Assert.EndsWith("被依法治市办退回修改：第二部分过于简略。", notice.Text);
    }

    [Fact]
    public void Every_transition_of_the_workflow_is_covered() =>
        Assert.All(Enum.GetValues<ReportTransition>(), t => WorkflowNotices.For(t, Title, "李强", ""));
}
