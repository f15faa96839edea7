using LawReport.Domain.Reports;

namespace LawReport.Domain.Notifications;

/// <summary>Who is told about a transition.</summary>
public enum NoticeAudience
{
    /// <summary>The filers of the report's bureau.</summary>
    BureauFilers,

    /// <summary>The heads of the report's bureau.</summary>
    BureauLeads,

    /// <summary>Every reviewer of the city office.</summary>
    Reviewers,

    /// <summary>Whoever publishes approved reports (Workflow:PublishedBy): the bureau's heads or the reviewers.</summary>
    Publishers,
}

/// <summary>One message of a transition to one audience.</summary>
public sealed record WorkflowNotice(NoticeAudience Audience, string Text);

/// <summary>
/// Who hears about each transition, and what they read: the people who have to act next first, then the
/// people whose report it is. The one who made the transition is not notified (they just did it), and a
/// person in two audiences hears once, the first message meant for them.
/// </summary>
public static class WorkflowNotices
{
    public static IReadOnlyList<WorkflowNotice> For(ReportTransition transition, string reportTitle, string actorName, string comment)
    {
        var report = $"《{reportTitle}》";
        var reason = comment.Length > 0 ? $"：{comment}" : "。";
        return transition switch
        {
            ReportTransition.SubmitForSignOff => [new(NoticeAudience.BureauLeads, $"{report}已由{actorName}提交，等待您签发。")],
            ReportTransition.ReturnToFiler => [new(NoticeAudience.BureauFilers, $"{report}被单位负责人{actorName}退回{reason}")],
            ReportTransition.SignOff =>
            [
                new(NoticeAudience.Reviewers, $"{report}已签发报送，等待审核。"),
                new(NoticeAudience.BureauFilers, $"{report}已由{actorName}签发，报送依法治市办。"),
            ],
            ReportTransition.Return =>
            [
                new(NoticeAudience.BureauFilers, $"{report}被依法治市办退回修改{reason}"),
                new(NoticeAudience.BureauLeads, $"{report}被依法治市办退回修改{reason}"),
            ],
            ReportTransition.Approve =>
            [
                new(NoticeAudience.Publishers, $"{report}已审核通过，请在公开截止日期前公开发布。"),
                new(NoticeAudience.BureauFilers, $"{report}已审核通过。"),
                new(NoticeAudience.BureauLeads, $"{report}已审核通过。"),
            ],
            ReportTransition.Publish =>
            [
                new(NoticeAudience.BureauFilers, $"{report}已公开发布。"),
                new(NoticeAudience.BureauLeads, $"{report}已公开发布。"),
                new(NoticeAudience.Reviewers, $"{report}已公开发布。"),
            ],
            ReportTransition.Withdraw =>
            [
                new(NoticeAudience.BureauFilers, $"{report}已撤回公开{reason}"),
                new(NoticeAudience.BureauLeads, $"{report}已撤回公开{reason}"),
                new(NoticeAudience.Reviewers, $"{report}已撤回公开{reason}"),
            ],
            ReportTransition.StartCorrection =>
            [
                new(NoticeAudience.BureauFilers, $"{report}需要更正，已转为草稿{reason}"),
                new(NoticeAudience.BureauLeads, $"{report}需要更正，已转为草稿{reason}"),
            ],

            // Taking a report up is the reviewer's own bookkeeping: nobody needs to act on it.
            ReportTransition.StartReview => [],
            _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
        };
    }
}
