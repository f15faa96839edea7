using LawReport.Domain.Common;
using LawReport.Domain.Publishing;
using LawReport.Domain.Reports;
using LawReport.Domain.Tests.Builders;
using LawReport.Tests.Shared;

namespace LawReport.Domain.Tests.Publishing;

public class PublicationRules
{
    private static readonly DateTimeOffset At = new(2026, 3, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Pdf = "%PDF-1.7 test"u8.ToArray();
    private static readonly PublicationDetails Details = new("重庆市人民政府外事办公室", new DateOnly(2026, 3, 20), "综合政务");

    [Fact]
    public void An_approved_report_is_published_with_its_number_metadata_and_the_hash_of_its_pdf()
    {
        var report = ReportBuilder.In(ReportStatus.Approved).Build();
        var number = IndexNumberPattern.Format(IndexNumberPattern.Default, "014109568", 2026, 12);

        var publication = Publication.Publish(report, 1, number, Details, ReportBuilder.Lead, At, Pdf);

        Assert.Equal("014109568/2026-00012", publication.IndexNumber);
        Assert.Equal((12, 2026), (publication.Serial!.Value, publication.SerialYear!.Value));
        Assert.Equal(report.Title, publication.Title);
        Assert.Equal(PublicationState.Current, publication.State);
        Assert.Equal("有效", publication.Validity);
        Assert.Equal("主动公开", publication.DisclosureMethod);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), publication.PdfSha256);
        Assert.Equal(Pdf, publication.File!.Bytes);
        Assert.Contains("一、2025年推进法治政府建设的主要举措和成效", publication.SearchText);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.InReview)]
    [InlineData(ReportStatus.Published)]
    public void Only_an_approved_report_is_published(ReportStatus status)
    {
        var report = ReportBuilder.In(status).Build();
        var number = IndexNumberPattern.Format(IndexNumberPattern.Default, "014109568", 2026, 1);

        Assert.Throws<DomainException>(() => Publication.Publish(report, 1, number, Details, ReportBuilder.Lead, At, Pdf));
    }

    [Fact]
    public void The_summary_defaults_to_the_opening_words_and_stays_within_100_characters()
    {
        var content = ReportTemplate.Standard("市外办", "市政府", 2025) with { Preamble = new string('法', 150) };
        var report = AnnualReport.CreateArchived(ReportBuilder.Bureau(), 2025, content, Actor.System, At);

        var publication = Publication.Archive(report, "", Details, new string('a', 64), Actor.System, At, Pdf);

        Assert.Equal(100, publication.Summary.Length);
        Assert.EndsWith("…", publication.Summary);
        Assert.Equal(PublicationOrigin.Archive, publication.Origin);
        Assert.Null(publication.Serial);
    }

    [Fact]
    public void A_correction_marks_the_old_version_and_links_it_to_the_new_one()
    {
        var report = ReportBuilder.In(ReportStatus.Approved).Build();
        var first = Publication.Publish(report, 1, IndexNumberPattern.Format(IndexNumberPattern.Default, "014109568", 2026, 1), Details, ReportBuilder.Lead, At, Pdf);
        report.StartCorrection(ReportBuilder.Lead, "更正文字错误。", At);
        ReportStates.WalkTo(report, ReportStatus.Approved, At);
        var second = Publication.Publish(report, 2, IndexNumberPattern.Format(IndexNumberPattern.Default, "014109568", 2026, 2), Details, ReportBuilder.Lead, At, Pdf);

        first.CorrectedBy(second);

        Assert.Equal(PublicationState.Corrected, first.State);
        Assert.Equal("已更正", first.Validity);
        Assert.Throws<DomainException>(() => first.Withdraw("再撤回", At));
        Assert.Throws<DomainException>(() => second.CorrectedBy(first));
    }

    [Fact]
    public void Withdrawal_needs_a_reason_and_keeps_the_record()
    {
        var report = ReportBuilder.In(ReportStatus.Approved).Build();
        var publication = Publication.Publish(report, 1, IndexNumberPattern.Format(IndexNumberPattern.Default, "014109568", 2026, 1), Details, ReportBuilder.Lead, At, Pdf);

        Assert.Throws<DomainException>(() => publication.Withdraw(" ", At));
        publication.Withdraw("含有不应公开的信息。", At);

        Assert.Equal(PublicationState.Withdrawn, publication.State);
        Assert.Equal("含有不应公开的信息。", publication.WithdrawalReason);
        Assert.Equal("已撤回", publication.Validity);
        Assert.Equal("014109568/2026-00001", publication.IndexNumber);
    }

    [Theory]
    [InlineData("{code}/{year}-{serial}", "014109568", "014109568/2026-00007")]
    [InlineData("{code}-{year}-{serial}", "91320400MA1X2Y3Z4Q", "91320400MA1X2Y3Z4Q-2026-00007")]
    public void Index_numbers_follow_the_configured_pattern(string pattern, string code, string expected) =>
        Assert.Equal(expected, IndexNumberPattern.Format(pattern, code, 2026, 7).IndexNumber);

    [Fact]
    public void Without_an_organization_code_no_index_number_can_be_made()
    {
        var error = Assert.Throws<DomainException>(() => IndexNumberPattern.Format(IndexNumberPattern.Default, "", 2026, 1));
        Assert.Contains("机构代码", error.Message);
    }

    [Fact]
    public void A_pattern_without_the_serial_is_refused() =>
        Assert.Throws<DomainException>(() => IndexNumberPattern.Format("{code}/{year}", "014109568", 2026, 1));

    [Fact]
    public void An_archived_report_starts_published_and_says_where_it_came_from()
    {
        var report = AnnualReport.CreateArchived(ReportBuilder.Bureau(), 2020, ReportTemplate.Standard("市外办", "市政府", 2020), Actor.System, At);

        Assert.Equal(ReportStatus.Published, report.Status);
        Assert.Equal("导入已公开的历史报告", Assert.Single(report.History).Comment);
    }
}
