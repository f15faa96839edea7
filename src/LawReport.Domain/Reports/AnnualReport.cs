using LawReport.Domain.Bureaus;
using LawReport.Domain.Common;

namespace LawReport.Domain.Reports;

/// <summary>
/// One bureau's report on one year: its content (title, addressee, sections, signature…), its place in
/// the workflow, and the history of how it got there. Content changes only in
/// <see cref="ReportStatus.Draft"/> and <see cref="ReportStatus.Returned"/>; each transition is a method
/// that throws when it is not allowed from the current status (PRODUCT.md §3).
/// </summary>
public sealed class AnnualReport
{
    private readonly List<ReportSection> _sections = [];
    private readonly List<StatusChange> _history = [];
    private readonly List<ReportRevision> _revisions = [];
    private readonly List<ReturnPoint> _returnPoints = [];

    private AnnualReport()
    {
    }

    public int Id { get; private set; }

    public int BureauId { get; private set; }

    /// <summary>The year reported on.</summary>
    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>主送机关, stored without the colon.</summary>
    public string Addressee { get; private set; } = "";

    /// <summary>The opening paragraphs before the first section.</summary>
    public string Preamble { get; private set; } = "";

    /// <summary>A closing formula such as 特此报告。, after the last section.</summary>
    public string Closing { get; private set; } = "";

    /// <summary>发文机关署名.</summary>
    public string Signature { get; private set; } = "";

    /// <summary>成文日期; set by the bureau, usually the day the head signs.</summary>
    public DateOnly? DateWritten { get; private set; }

    /// <summary>附注.</summary>
    public string Note { get; private set; } = AnnualReportLimits.DefaultNote;

    public ReportStatus Status { get; private set; }

    /// <summary>
    /// The concurrency token: a new value on every change, so a save based on an older read is refused
    /// instead of silently overwriting someone else's work.
    /// </summary>
    public Guid Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ReportSection> Sections => _sections.OrderBy(s => s.Order).ToList();

    public IReadOnlyList<StatusChange> History => _history.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();

    /// <summary>
    /// The account that last handed the report to the bureau's head (null before that, or when the
    /// history was not loaded): the head who signs off must be someone else (<see cref="ReportAccess"/>).
    /// </summary>
    public string? SubmittedForSignOffBy => _history
        .Where(h => h.To == ReportStatus.AwaitingSignOff)
        .OrderBy(h => h.At).ThenBy(h => h.Id)
        .LastOrDefault()?.ActorId;

    /// <summary>The frozen submissions to the city, oldest first.</summary>
    public IReadOnlyList<ReportRevision> Revisions => _revisions.OrderBy(r => r.Number).ToList();

    public ReportRevision? LatestRevision => _revisions.MaxBy(r => r.Number);

    /// <summary>The reviewers' comments on sections, in the order they were raised.</summary>
    public IReadOnlyList<ReturnPoint> ReturnPoints => _returnPoints.OrderBy(p => p.Number).ToList();

    public static AnnualReport Create(Bureau bureau, int year, ReportContent content, Actor by, DateTimeOffset at)
    {
        if (!bureau.IsActive)
        {
            throw new DomainException($"单位“{bureau.FullName}”已停用，不能新建报告。");
        }

        return Start(bureau, year, content, ReportStatus.Draft, by, at, "新建报告");
    }

    /// <summary>
    /// A report published before the portal existed (a web page or Word file imported into the archive):
    /// it starts as published, and its history says where it came from.
    /// </summary>
    public static AnnualReport CreateArchived(Bureau bureau, int year, ReportContent content, Actor by, DateTimeOffset at) =>
        Start(bureau, year, content, ReportStatus.Published, by, at, "导入已公开的历史报告");

    /// <summary>The whole text as it stands, e.g. to freeze it in a revision or render it.</summary>
    public ReportContent Content => new(
        Title,
        Addressee,
        Preamble,
        Sections.Select(s => new SectionContent(s.Kind, s.Heading, s.Items.Select(i => i.Content).ToList())).ToList(),
        Closing,
        Signature,
        DateWritten,
        Note);

    public bool IsEditable => Status.IsEditable();

    /// <summary>
    /// The section at a 1-based position. Sections and items are addressed by position (what the user
    /// sees as 一、二、…); a position that moved under someone else's edit is caught by <see cref="Version"/>.
    /// </summary>
    public ReportSection Section(int position) =>
        _sections.FirstOrDefault(s => s.Order == position) ?? throw new DomainException("找不到这一部分，可能已被他人删除或移动。");

    // ----- content -------------------------------------------------------------------------------

    public void UpdateDetails(
        string title,
        string addressee,
        string preamble,
        string closing,
        string signature,
        DateOnly? dateWritten,
        string note,
        DateTimeOffset at)
    {
        EnsureEditable();
        SetDetails(title, addressee, preamble, closing, signature, dateWritten, note);
        Touch(at);
    }

    /// <summary>Replaces a section's heading and all its items with what the editor posted.</summary>
    public void UpdateSection(int sectionPosition, string heading, IEnumerable<ReportItemContent> items, DateTimeOffset at)
    {
        EnsureEditable();
        var section = Section(sectionPosition);
        section.Rename(heading);
        section.ReplaceItems(items);
        Touch(at);
    }

    public ReportSection AddSection(SectionKind kind, string heading, DateTimeOffset at)
    {
        EnsureEditable();
        var section = AppendSection(kind, heading);
        Touch(at);
        return section;
    }

    public void ChangeSectionKind(int sectionPosition, SectionKind kind, DateTimeOffset at)
    {
        EnsureEditable();
        Section(sectionPosition).ChangeKind(kind);
        Touch(at);
    }

    public void RemoveSection(int sectionPosition, DateTimeOffset at)
    {
        EnsureEditable();
        _sections.Remove(Section(sectionPosition));
        Renumber(Sections);
        Touch(at);
    }

    public void MoveSection(int sectionPosition, int direction, DateTimeOffset at)
    {
        EnsureEditable();
        var ordered = Sections.ToList();
        var index = ordered.IndexOf(Section(sectionPosition));
        var target = index + Math.Sign(direction);
        if (direction == 0 || target < 0 || target >= ordered.Count)
        {
            throw new DomainException(direction < 0 ? "这一部分已在最前面。" : "这一部分已在最后面。");
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        Renumber(ordered);
        Touch(at);
    }

    public ReportItem AddItem(int sectionPosition, ReportItemContent content, DateTimeOffset at)
    {
        EnsureEditable();
        var item = Section(sectionPosition).AddItem(content);
        Touch(at);
        return item;
    }

    public void RemoveItem(int sectionPosition, int itemPosition, DateTimeOffset at)
    {
        EnsureEditable();
        Section(sectionPosition).RemoveItem(itemPosition);
        Touch(at);
    }

    public void MoveItem(int sectionPosition, int itemPosition, int direction, DateTimeOffset at)
    {
        EnsureEditable();
        Section(sectionPosition).MoveItem(itemPosition, direction);
        Touch(at);
    }

    // ----- workflow (PRODUCT.md §3) ----------------------------------------------------------------

    /// <summary>
    /// The filer hands the report to the bureau's head for sign-off. An incomplete report (see
    /// <see cref="ReportCompleteness"/>) is refused with <see cref="IncompleteReportException"/>.
    /// </summary>
    public void SubmitForSignOff(Actor by, DateTimeOffset at, string comment = "")
    {
        if (Can(ReportTransition.SubmitForSignOff) && ReportCompleteness.Check(this) is { Count: > 0 } findings)
        {
            throw new IncompleteReportException(findings);
        }

        Apply(ReportTransition.SubmitForSignOff, by, at, comment);
    }

    /// <summary>The bureau's head sends the report back to the filer, saying why.</summary>
    public void ReturnToFiler(Actor by, string reason, DateTimeOffset at) =>
        Apply(ReportTransition.ReturnToFiler, by, at, reason);

    /// <summary>
    /// The bureau's head signs the report off (签发), which submits it to the city and freezes the
    /// content as a new revision.
    /// </summary>
    public void SignOff(Actor by, DateTimeOffset at, string comment = "")
    {
        Apply(ReportTransition.SignOff, by, at, comment);
        _revisions.Add(new ReportRevision(_revisions.Count + 1, Content, by, at));
    }

    /// <summary>A reviewer of the city office takes the submitted report up.</summary>
    public void StartReview(Actor by, DateTimeOffset at) => Apply(ReportTransition.StartReview, by, at, "");

    /// <summary>
    /// 退回修改: the reviewer returns the report to the bureau with an overall reason. Every open return
    /// point goes back with it (the bureau answers them); the history says how many.
    /// </summary>
    public void Return(Actor by, string reason, DateTimeOffset at)
    {
        var open = _returnPoints.Count(p => p.IsOpen);
        Apply(ReportTransition.Return, by, at, reason, open > 0 ? $"（附{open}条退回意见）" : "");
    }

    /// <summary>
    /// 审核通过. With return points still open the reviewer must confirm (<paramref name="confirmOpenPoints"/>),
    /// and the confirmation is recorded in the history.
    /// </summary>
    public void Approve(Actor by, DateTimeOffset at, string comment = "", bool confirmOpenPoints = false)
    {
        var open = _returnPoints.Count(p => p.IsOpen);
        var note = "";
        if (open > 0 && Status == ReportStatus.InReview)
        {
            if (!confirmOpenPoints)
            {
                throw new OpenReturnPointsException(open);
            }

            note = $"（确认在{open}条退回意见未关闭的情况下通过）";
        }

        Apply(ReportTransition.Approve, by, at, comment, note);
    }

    /// <remarks>Internal: a report is published only with its publication (<see cref="Publishing.Publication.Publish"/>).</remarks>
    internal void Publish(Actor by, DateTimeOffset at, string comment = "") =>
        Apply(ReportTransition.Publish, by, at, comment);

    /// <summary>撤回: the publication is taken down, with a reason; the record is kept.</summary>
    /// <remarks>Internal: a report is withdrawn only with its publication (<see cref="Publishing.Publication.Withdraw(AnnualReport, Publishing.Publication?, Actor, string, DateTimeOffset)"/>).</remarks>
    internal void Withdraw(Actor by, string reason, DateTimeOffset at) => Apply(ReportTransition.Withdraw, by, at, reason);

    /// <summary>更正: a published report goes back to the bureau for a corrected version.</summary>
    public void StartCorrection(Actor by, string reason, DateTimeOffset at) =>
        Apply(ReportTransition.StartCorrection, by, at, reason);

    // ----- return points (退回意见) --------------------------------------------------------------------

    /// <summary>The reviewer comments on a section of the revision under review.</summary>
    public ReturnPoint RaiseReturnPoint(int sectionPosition, string text, Actor by, DateTimeOffset at)
    {
        EnsureStatus(ReportStatus.InReview, "填写退回意见");
        var revision = LatestRevision ?? throw new DomainException("报告尚未报送，没有可以审核的版本。");
        var section = revision.Content.Sections.ElementAtOrDefault(sectionPosition - 1)
            ?? throw new DomainException("找不到这一部分。");
        var point = new ReturnPoint(_returnPoints.Count + 1, revision.Number, sectionPosition, section.Heading, text, by, at);
        _returnPoints.Add(point);
        Touch(at);
        return point;
    }

    /// <summary>A reviewer withdraws a point raised on the revision under review before returning it.</summary>
    public void DeleteReturnPoint(int number, DateTimeOffset at)
    {
        EnsureStatus(ReportStatus.InReview, "删除退回意见");
        var point = ReturnPoint(number);
        if (point.RaisedInRevision != LatestRevision?.Number)
        {
            throw new DomainException("已退回给单位的意见不能删除，只能关闭。");
        }

        _returnPoints.Remove(point);
        Touch(at);
    }

    /// <summary>The bureau says how it addressed a point, while the report is back with it.</summary>
    public void AnswerReturnPoint(int number, string answer, DateTimeOffset at)
    {
        EnsureEditable();
        ReturnPoint(number).SetAnswer(answer, at);
        Touch(at);
    }

    public void CloseReturnPoint(int number, Actor by, DateTimeOffset at)
    {
        EnsureStatus(ReportStatus.InReview, "关闭退回意见");
        ReturnPoint(number).Close(by, at);
        Touch(at);
    }

    public void ReopenReturnPoint(int number, DateTimeOffset at)
    {
        EnsureStatus(ReportStatus.InReview, "重新打开退回意见");
        ReturnPoint(number).Reopen();
        Touch(at);
    }

    public ReturnPoint ReturnPoint(int number) =>
        _returnPoints.FirstOrDefault(p => p.Number == number) ?? throw new DomainException($"找不到第{number}条退回意见。");

    public bool Can(ReportTransition transition) => ReportWorkflow.Rule(transition).From.Contains(Status);

    /// <summary>Moves the report along <paramref name="transition"/>; <paramref name="note"/> is what the system adds to the user's comment.</summary>
    private void Apply(ReportTransition transition, Actor by, DateTimeOffset at, string comment, string note = "")
    {
        var rule = ReportWorkflow.Rule(transition);
        if (!rule.From.Contains(Status))
        {
            throw new IllegalTransitionException(Status, transition);
        }

        var text = Guard.OptionalBlock(comment, AnnualReportLimits.ReasonMaxLength - note.Length, "说明");
        if (rule.RequiresReason && text.Length == 0)
        {
            throw new DomainException($"{rule.Label}须填写理由。");
        }

        _history.Add(new StatusChange(Status, rule.To, by, at, text + note));
        Status = rule.To;
        Touch(at);
    }

    // ----- helpers -------------------------------------------------------------------------------

    private static AnnualReport Start(Bureau bureau, int year, ReportContent content, ReportStatus status, Actor by, DateTimeOffset at, string comment)
    {
        if (year is < Cycles.ReportingCycle.FirstYear or > Cycles.ReportingCycle.LastYear)
        {
            throw new DomainException("报告年度无效。");
        }

        var report = new AnnualReport
        {
            BureauId = bureau.Id,
            Year = year,
            Status = status,
            CreatedAt = at,
        };
        report.ApplyContent(content);
        report._history.Add(new StatusChange(null, status, by, at, comment));
        report.Touch(at);
        return report;
    }

    private void ApplyContent(ReportContent content)
    {
        SetDetails(content.Title, content.Addressee, content.Preamble, content.Closing, content.Signature,
            content.DateWritten, content.Note);
        if (content.Sections.Count > AnnualReportLimits.MaxSections)
        {
            throw new DomainException($"报告最多{AnnualReportLimits.MaxSections}个部分。");
        }

        foreach (var sectionContent in content.Sections)
        {
            AppendSection(sectionContent.Kind, sectionContent.Heading).ReplaceItems(sectionContent.Items);
        }
    }

    private void SetDetails(
        string title,
        string addressee,
        string preamble,
        string closing,
        string signature,
        DateOnly? dateWritten,
        string note)
    {
        Title = Guard.Required(title, AnnualReportLimits.TitleMaxLength, "标题");
        Addressee = AnnualReportLimits.NormalizeAddressee(
            Guard.Optional(addressee, AnnualReportLimits.AddresseeMaxLength, "主送机关"));
        Preamble = Guard.OptionalBlock(preamble, AnnualReportLimits.PreambleMaxLength, "开头段落");
        Closing = Guard.Optional(closing, AnnualReportLimits.ClosingMaxLength, "结束语");
        Signature = Guard.Optional(signature, AnnualReportLimits.SignatureMaxLength, "发文机关署名");
        DateWritten = dateWritten;
        Note = Guard.Optional(note, AnnualReportLimits.NoteMaxLength, "附注");
    }

    private ReportSection AppendSection(SectionKind kind, string heading)
    {
        if (_sections.Count >= AnnualReportLimits.MaxSections)
        {
            throw new DomainException($"报告最多{AnnualReportLimits.MaxSections}个部分。");
        }

        var section = new ReportSection(kind, heading, _sections.Count == 0 ? 1 : _sections.Max(s => s.Order) + 1);
        _sections.Add(section);
        return section;
    }

    /// <summary>Gives the sections, in the order given, the positions 1, 2, 3…</summary>
    private static void Renumber(IEnumerable<ReportSection> inOrder)
    {
        var order = 1;
        foreach (var section in inOrder)
        {
            section.Order = order++;
        }
    }

    private void EnsureStatus(ReportStatus status, string action)
    {
        if (Status != status)
        {
            throw new DomainException($"报告当前状态为“{Status.Label()}”，不能{action}。");
        }
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ReportLockedException(Status);
        }
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version = Guid.NewGuid();
    }
}
