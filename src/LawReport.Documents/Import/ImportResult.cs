using System.Diagnostics.CodeAnalysis;
using LawReport.Documents.Model;

namespace LawReport.Documents.Import;

/// <summary>The kinds of file the importer reads.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (.txt), UTF-8 or GB18030/GBK.</summary>
    Text,

    /// <summary>A saved web page (.html).</summary>
    WebPage,

    /// <summary>A Word document (.docx).</summary>
    Word,

    /// <summary>A PDF with a text layer, as published.</summary>
    Pdf,
}

/// <summary>
/// What importing one file gives: the report as read, the text it was read from (for a side-by-side
/// review), and what the reader was unsure of. When the file cannot be read at all, <see cref="Error"/>
/// says why in Chinese and there is no report.
/// </summary>
public sealed record ImportResult
{
    /// <summary>Below this confidence a section's kind was guessed and a person should check it (ADR-007).</summary>
    public const double UnsureConfidence = 0.7;

    public ReportDocument? Report { get; init; }

    /// <summary>The text as extracted from the file, before any clean-up: what a reviewer compares the report with.</summary>
    public string SourceText { get; init; } = "";

    public SourceFormat? Format { get; init; }

    /// <summary>The character encoding the file was read in (UTF-8, GB18030…); null for Word files.</summary>
    public string? Encoding { get; init; }

    /// <summary>Points a person should check, in Chinese: guessed section kinds, missing parts, repairs made.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why nothing could be imported, in Chinese; null when a report was read.</summary>
    public string? Error { get; init; }

    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null && Error is null;

    internal static ImportResult Failed(string error, SourceFormat? format = null) => new() { Error = error, Format = format };
}
