namespace LawReport.Domain.Reports;

/// <summary>
/// The five parts a report must have (厅字〔2019〕28号, PRODUCT.md §1), in the regulation's order.
/// A section stores its kind apart from its heading because bureaus word and order them their own way.
/// </summary>
public enum SectionKind
{
    /// <summary>上一年度推进法治政府建设的主要举措和成效</summary>
    Measures = 1,

    /// <summary>上一年度推进法治政府建设存在的不足和原因</summary>
    Problems = 2,

    /// <summary>党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况</summary>
    LeaderDuties = 3,

    /// <summary>下一年度推进法治政府建设的主要安排</summary>
    NextYearPlans = 4,

    /// <summary>其他需要报告的情况</summary>
    Other = 5,
}

public static class SectionKinds
{
    /// <summary>The kinds in the regulation's order.</summary>
    public static IReadOnlyList<SectionKind> All { get; } =
        [SectionKind.Measures, SectionKind.Problems, SectionKind.LeaderDuties, SectionKind.NextYearPlans, SectionKind.Other];

    /// <summary>A short name for lists, findings and the kind picker.</summary>
    public static string Label(this SectionKind kind) => kind switch
    {
        SectionKind.Measures => "主要举措和成效",
        SectionKind.Problems => "存在的不足和原因",
        SectionKind.LeaderDuties => "主要负责人履职情况",
        SectionKind.NextYearPlans => "下一年度主要安排",
        SectionKind.Other => "其他需要报告的情况",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The heading a new report starts with for <paramref name="year"/> (the year reported on).</summary>
    public static string StandardHeading(this SectionKind kind, int year) => kind switch
    {
        SectionKind.Measures => $"{year}年推进法治政府建设的主要举措和成效",
        SectionKind.Problems => $"{year}年推进法治政府建设存在的不足和原因",
        SectionKind.LeaderDuties => "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        SectionKind.NextYearPlans => $"{year + 1}年推进法治政府建设的主要安排",
        SectionKind.Other => "其他需要报告的情况",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
