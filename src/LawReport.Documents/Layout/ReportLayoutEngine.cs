using LawReport.Documents.Model;
using LawReport.Domain.Reports;
using static LawReport.Documents.Layout.PageGeometry;

namespace LawReport.Documents.Layout;

/// <summary>
/// Lays out a report as GB/T 9704-2012 prescribes (PRODUCT.md §4, docs/layout.md): the parts of the
/// report become paragraphs on the 22 × 28 grid, paragraphs become lines (<see cref="LineBreaker"/>,
/// <see cref="TitleBreaker"/>), lines become pages (<see cref="Paginator"/>). Pure computation: no fonts,
/// no clock, the same report always gives the same positions.
/// </summary>
public static class ReportLayoutEngine
{
    /// <summary>Paragraphs are indented two characters.</summary>
    private const int IndentUnits = 4;

    /// <summary>Blank lines between the last line of text and the signature: room for the seal (GB/T 9704 7.3.5.1).</summary>
    private const int BlankLinesBeforeSignature = 2;

    /// <summary>The date ends four characters from the right edge of the text block.</summary>
    private const int DateRightSpaceUnits = 8;

    /// <summary>A signature longer than the date keeps at least two characters to the right edge.</summary>
    private const int SignatureRightSpaceUnits = 4;

    private const double UnitWidth = Cell / 2;

    /// <summary>Lines of text, besides the closing formula, that go with the signature to its page (GB/T 9704 7.3.5).</summary>
    private const int LinesWithSignature = 2;

    public static LaidOutReport Layout(ReportDocument report, LayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= LayoutOptions.Default;

        var flow = new Flow();
        var text = new TextSetter(options.Advances);
        AddTitle(flow, text, report.Title);
        AddAddressee(flow, text, report.Addressee);
        AddBody(flow, text, report);
        AddSignatureBlock(flow, text, report);
        flow.KeepBodyWithSignature(LinesWithSignature);

        var letterhead = options.Letterhead is { } head ? LetterheadLayout.Create(head, text) : null;
        var pages = Paginator.Paginate(flow.Lines, letterhead?.FirstContentRow ?? 0);
        var watermark = DraftWatermarkText.Of(options.Watermark);

        var laidOut = new List<LaidOutPage>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var lines = new List<PlacedLine>();
            var rules = new List<PlacedRule>();
            if (i == 0 && letterhead is not null)
            {
                lines.AddRange(letterhead.Lines);
                rules.Add(letterhead.Rule);
            }

            lines.AddRange(pages[i]
                .Where(p => !p.Line.IsSpacer)
                .Select(p => new PlacedLine(p.Line.Kind, p.Row, RowBaseline(p.Row, p.Line.FontSize), p.Line.FontSize, p.Line.Glyphs, p.Line.IsFull)));
            laidOut.Add(new LaidOutPage(i + 1, lines, PageNumberLine(i + 1), rules, watermark));
        }

        return new LaidOutReport(laidOut);
    }

    private static void AddTitle(Flow flow, TextSetter text, string title)
    {
        var atoms = text.Set(title.Trim(), FontRole.Title, TitleSize, TitleSize / 2);
        if (atoms.Count == 0)
        {
            return;
        }

        var unit = TitleSize / 2;
        var measure = (int)Math.Floor(TextWidth / unit);
        flow.StartParagraph();
        foreach (var (start, end) in TitleBreaker.Break(atoms, measure))
        {
            var line = atoms.GetRange(start, end - start);
            var width = line.Sum(a => a.Units) * unit;
            var glyphs = Atom.Place(line, TextLeft + ((TextWidth - width) / 2), unit);
            flow.Add(new FlowLine(LineKind.Title, TitleSize, glyphs, IsFull: false) { KeepWithNext = true });
        }

        flow.EndParagraph();

        // 主送机关 (or the text) starts one blank line under the title.
        flow.AddSpacer(keepWithPrevious: false);
    }

    private static void AddAddressee(Flow flow, TextSetter setter, string addressee)
    {
        var text = addressee.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (!text.EndsWith('：') && !text.EndsWith(':'))
        {
            text += "：";
        }

        AddParagraph(flow, LineKind.Addressee, setter.Body(text, FontRole.Body), indent: 0);
    }

    private static void AddBody(Flow flow, TextSetter text, ReportDocument report)
    {
        foreach (var paragraph in report.Preamble)
        {
            AddParagraph(flow, LineKind.Body, text.Body(paragraph, FontRole.Body));
        }

        var sectionNumber = 0;
        foreach (var section in report.Sections)
        {
            var heading = Numbering.StripLeading(section.Heading.Trim());
            if (heading.Length > 0)
            {
                sectionNumber++;
                var atoms = text.Body(Numbering.SectionLabel(sectionNumber) + heading, FontRole.Heading1);
                AddParagraph(flow, LineKind.Heading, atoms, keepWithNext: true);
            }

            AddItems(flow, text, section.Items);
        }

        flow.MarkClosingStart();
        foreach (var paragraph in report.Closing)
        {
            AddParagraph(flow, LineKind.Body, text.Body(paragraph, FontRole.Body));
        }
    }

    private static void AddItems(Flow flow, TextSetter text, IReadOnlyList<DocumentItem> items)
    {
        var itemNumber = 0;
        foreach (var item in items)
        {
            var paragraphs = item.Paragraphs.Where(p => p.Trim().Length > 0).ToList();
            var heading = Numbering.StripLeading(item.Heading?.Trim() ?? "");
            if (heading.Length > 0)
            {
                itemNumber++;
                var headingAtoms = text.Body(Numbering.ItemLabel(itemNumber) + heading, FontRole.Heading2);
                if (item.IsRunIn)
                {
                    // A run-in heading: the first paragraph continues on the heading's line. A heading sentence
                    // longer than that line is the lead sentence of a paragraph: only its 序数 （一） is set in
                    // 楷 (GB/T 9704 7.3.3 marks the level by it), so that body lines are not set in 楷.
                    if (headingAtoms.Sum(a => a.Units) > UnitsPerLine - IndentUnits)
                    {
                        headingAtoms = text.Body(Numbering.ItemLabel(itemNumber), FontRole.Heading2)
                            .Concat(text.Body(heading, FontRole.Body)).ToList();
                    }

                    AddParagraph(flow, LineKind.Body, headingAtoms.Concat(text.Body(paragraphs[0], FontRole.Body)));
                    paragraphs.RemoveAt(0);
                }
                else
                {
                    AddParagraph(flow, LineKind.Heading, headingAtoms, keepWithNext: paragraphs.Count > 0);
                }
            }

            foreach (var paragraph in paragraphs)
            {
                AddParagraph(flow, LineKind.Body, text.Body(paragraph, FontRole.Body));
            }
        }
    }

    private static void AddSignatureBlock(Flow flow, TextSetter text, ReportDocument report)
    {
        var signature = text.Body(report.Signature.Trim(), FontRole.Body);
        var date = report.DateWritten is { } d
            ? text.Body($"{d.Year}年{d.Month}月{d.Day}日", FontRole.Body)
            : [];
        var note = NoteText(report.Note);

        if (signature.Count > 0 || date.Count > 0)
        {
            for (var i = 0; i < BlankLinesBeforeSignature; i++)
            {
                flow.AddSpacer(keepWithPrevious: true);
            }

            // GB/T 9704 7.3.5.1: the date ends four characters from the right; the signature is centred over it.
            var dateUnits = date.Sum(a => a.Units);
            var dateLeft = (double)(UnitsPerLine - DateRightSpaceUnits - dateUnits);
            var signatureUnits = signature.Sum(a => a.Units);
            var signatureLeft = date.Count > 0
                ? dateLeft + ((dateUnits - signatureUnits) / 2.0)
                : UnitsPerLine - DateRightSpaceUnits - signatureUnits;
            signatureLeft = Math.Max(0, Math.Min(signatureLeft, UnitsPerLine - SignatureRightSpaceUnits - signatureUnits));

            if (signature.Count > 0)
            {
                flow.StartParagraph();
                flow.Add(new FlowLine(LineKind.Signature, BodySize, PlaceRun(signature, signatureLeft), IsFull: false) { KeepWithPrevious = true });
                flow.EndParagraph();
            }

            if (date.Count > 0)
            {
                flow.StartParagraph();
                flow.Add(new FlowLine(LineKind.Date, BodySize, PlaceRun(date, dateLeft), IsFull: false) { KeepWithPrevious = true });
                flow.EndParagraph();
            }
        }

        if (note.Length > 0)
        {
            AddParagraph(flow, LineKind.Note, text.Body(note, FontRole.Body), keepWithPrevious: signature.Count > 0 || date.Count > 0);
        }
    }

    /// <summary>附注 is written in round brackets: （此件公开发布）.</summary>
    private static string NoteText(string note)
    {
        var text = note.Trim();
        if (text.Length == 0 || text.StartsWith('（') || text.StartsWith('('))
        {
            return text;
        }

        return "（" + text + "）";
    }

    private static void AddParagraph(
        Flow flow, LineKind kind, IEnumerable<Atom> atoms, int indent = IndentUnits, bool keepWithNext = false, bool keepWithPrevious = false)
    {
        var list = atoms as IReadOnlyList<Atom> ?? atoms.ToList();
        var lines = LineBreaker.Break(list, UnitsPerLine, indent, 0);
        if (lines.Count == 0)
        {
            return;
        }

        flow.StartParagraph();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var glyphs = new PlacedGlyph[line.Atoms.Count];
            for (var k = 0; k < glyphs.Length; k++)
            {
                var atom = line.Atoms[k];
                glyphs[k] = new PlacedGlyph(atom.Text, atom.Role, TextLeft + (line.Offsets[k] * UnitWidth), atom.Units * UnitWidth);
            }

            flow.Add(new FlowLine(kind, BodySize, glyphs, IsFull: i < lines.Count - 1)
            {
                KeepWithNext = keepWithNext,
                KeepWithPrevious = keepWithPrevious && i == 0,
            });
        }

        flow.EndParagraph();
    }

    private static List<PlacedGlyph> PlaceRun(IReadOnlyList<Atom> atoms, double leftUnits) =>
        Atom.Place(atoms, TextLeft + (leftUnits * UnitWidth), UnitWidth);

    /// <summary>
    /// — N — in 4号, 7 mm under the text block: odd pages right-aligned, even pages left-aligned, one
    /// character in from the edge of the block (GB/T 9704 7.5).
    /// </summary>
    private static PlacedLine PageNumberLine(int number)
    {
        var size = PageNumberSize;
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var space = size / 2;
        var width = size + space + (digits.Length * size / 2) + space + size;
        var x = number % 2 == 1 ? TextRight - size - width : TextLeft + size;

        var glyphs = new List<PlacedGlyph> { new("—", FontRole.PageNumber, x, size) };
        x += size + space;
        foreach (var digit in digits)
        {
            glyphs.Add(new PlacedGlyph(digit.ToString(), FontRole.PageNumber, x, size / 2));
            x += size / 2;
        }

        glyphs.Add(new PlacedGlyph("—", FontRole.PageNumber, x + space, size));

        // The dash sits about 0.38 em above the baseline; the dash line is the one 7 mm under the block.
        var baseline = TextBottom + PageNumberDrop + (size * (EmAscent - 0.5));
        return new PlacedLine(LineKind.PageNumber, null, baseline, size, glyphs, IsFull: false);
    }
}
