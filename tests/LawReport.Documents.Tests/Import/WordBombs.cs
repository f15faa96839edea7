using System.IO.Compression;
using System.Text;
using LawReport.Documents.Import;

namespace LawReport.Documents.Tests.Import;

/// <summary>
/// A small .docx that unpacks to tens of millions of characters is refused while it is read, for far less
/// than 100 MB of memory (it used to build a 2 GB document tree from 152 KB).
/// </summary>
public sealed class WordBombs
{
    private const long HundredMegabytes = 100L * 1024 * 1024;

    [Fact]
    public void Forty_nine_million_characters_of_text_are_refused_within_100_MB()
    {
        var bomb = Docx(writer =>
        {
            writer.Write("<w:p><w:r><w:t>");
            var chunk = new string('法', 10_000);
            for (var i = 0; i < 4_900; i++)
            {
                writer.Write(chunk);
            }

            writer.Write("</w:t></w:r></w:p>");
        });
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");

        var (result, allocated) = Measure(() => ReportImporter.Import(bomb, "bomb.docx"));

        Assert.Equal(ImportLimits.WordTooLongMessage, result.Error);
        Assert.True(allocated < HundredMegabytes, $"{allocated / (1024 * 1024)} MB allocated");
    }

    [Fact]
    public void Millions_of_empty_elements_are_refused_within_100_MB()
    {
        var bomb = Docx(writer =>
        {
            for (var i = 0; i < 3_000_000; i++)
            {
                writer.Write("<w:p/>");
            }
        });

        var (result, allocated) = Measure(() => ReportImporter.Import(bomb, "bomb.docx"));

        Assert.Equal(ImportLimits.WordTooLongMessage, result.Error);
        Assert.True(allocated < HundredMegabytes, $"{allocated / (1024 * 1024)} MB allocated");
    }

    private static (ImportResult Result, long Allocated) Measure(Func<ImportResult> import)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = import();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A minimal Word package whose body <paramref name="writeBody"/> streams out, compressed as it goes.</summary>
    private static byte[] Docx(Action<StreamWriter> writeBody)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
            Write(zip, "_rels/.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));
            Write(zip, "word/document.xml", w =>
            {
                w.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
                writeBody(w);
                w.Write("</w:body></w:document>");
            });
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
