using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>Where a finding of the completeness check points the filer to.</summary>
public enum CompletenessTarget
{
    /// <summary>A part of the regulation is missing: add a section of <see cref="CompletenessFinding.Kind"/>.</summary>
    MissingPart,

    /// <summary>The section at <see cref="CompletenessFinding.Number"/> (its position) needs work.</summary>
    Section,

    /// <summary>发文机关署名.</summary>
    Signature,

    /// <summary>成文日期.</summary>
    DateWritten,

    /// <summary>The return point numbered <see cref="CompletenessFinding.Number"/> has no answer.</summary>
    ReturnPoint,
}

/// <summary>One thing that keeps a report from going to the bureau's head, said in Chinese, with where to fix it.</summary>
public sealed record CompletenessFinding(CompletenessTarget Target, string Message, int? Number = null, SectionKind? Kind = null);

/// <summary>
/// The check before a report goes to the bureau's head (提交签发): the five parts of the regulation are all
/// there and none is empty, the problems part says more than “无”, the leader-duties part names the leader,
/// the signature and the date are filled, and every open return point is answered. Each finding says where
/// to fix it. <see cref="AnnualReport.SubmitForSignOff"/> refuses a report with findings.
/// </summary>
public static class ReportCompleteness
{
    /// <summary>
    /// What a problems part that reports nothing says, once whitespace and punctuation are removed. A bureau
    /// that finds no shortcoming must still say why (the regulation asks for 不足和原因), so these are refused.
    /// </summary>
    private static readonly HashSet<string> NothingToReport = new(StringComparer.Ordinal)
    {
        "无", "暂无", "没有", "无不足", "暂无不足", "没有不足", "无明显不足", "不存在不足", "无问题", "暂无问题", "没有问题",
        "無", "暫無", "沒有", "無不足", "暫無不足", "沒有不足", "無明顯不足", "無問題", "暫無問題", "沒有問題",
    };

    public static IReadOnlyList<CompletenessFinding> Check(AnnualReport report)
    {
        var findings = new List<CompletenessFinding>();
        var sections = report.Sections;

        foreach (var kind in SectionKinds.All.Where(kind => sections.All(s => s.Kind != kind)))
        {
            findings.Add(new CompletenessFinding(
                CompletenessTarget.MissingPart,
                $"缺少“{kind.Label()}”部分。请添加这一部分（标准标题：{kind.StandardHeading(report.Year)}）。",
                Kind: kind));
        }

        foreach (var section in sections.Where(s => s.IsEmpty))
        {
            findings.Add(new CompletenessFinding(
                CompletenessTarget.Section, $"“{Numbering.SectionLabel(section.Order)}{section.Heading}”还没有内容。", section.Order, section.Kind));
        }

        var problems = sections.Where(s => s.Kind == SectionKind.Problems && !s.IsEmpty).ToList();
        if (problems.Count > 0 && SaysNothing(string.Concat(problems.Select(Text))))
        {
            findings.Add(new CompletenessFinding(
                CompletenessTarget.Section,
                "“存在的不足和原因”不能只写“无”。请如实说明上一年度工作中存在的不足及其原因。",
                problems[0].Order,
                SectionKind.Problems));
        }

        var leaderDuties = sections.Where(s => s.Kind == SectionKind.LeaderDuties && !s.IsEmpty).ToList();
        if (leaderDuties.Count > 0 && !LeaderNames.AreMentionedIn(string.Concat(leaderDuties.Select(Text))))
        {
            findings.Add(new CompletenessFinding(
                CompletenessTarget.Section,
                "“主要负责人履职情况”没有写明主要负责人的姓名。请写明职务和姓名，例如“党组书记、主任×××同志”。",
                leaderDuties[0].Order,
                SectionKind.LeaderDuties));
        }

        if (report.Signature.Length == 0)
        {
            findings.Add(new CompletenessFinding(CompletenessTarget.Signature, "还没有填写发文机关署名（落款）。"));
        }

        if (report.DateWritten is null)
        {
            findings.Add(new CompletenessFinding(CompletenessTarget.DateWritten, "还没有填写成文日期。"));
        }

        foreach (var point in report.ReturnPoints.Where(p => p.IsOpen && p.Answer.Length == 0))
        {
            findings.Add(new CompletenessFinding(
                CompletenessTarget.ReturnPoint, $"第{point.Number}条退回意见（{point.SectionHeading}）还没有答复。", point.Number));
        }

        return findings;
    }

    /// <summary>The text of a section as the checks read it: item headings and bodies, in order.</summary>
    private static string Text(ReportSection section) =>
        string.Concat(section.Items.Select(i => i.Heading + i.Body));

    private static bool SaysNothing(string text)
    {
        var letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)));
        return letters.Length == 0 || NothingToReport.Contains(letters);
    }
}

/// <summary>
/// The completeness check refused to hand a report to the bureau's head; <see cref="Findings"/> says why.
/// </summary>
public sealed class IncompleteReportException(IReadOnlyList<CompletenessFinding> findings)
    : DomainException($"报告还不完整，不能提交签发：{string.Join("", findings.Select(f => f.Message))}")
{
    public IReadOnlyList<CompletenessFinding> Findings { get; } = findings;
}
