using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace LawReport.Documents.Pdf;

/// <summary>
/// Saves a PDFsharp document so that identical input gives identical bytes and a published file's
/// SHA-256 can be reproduced. PDFsharp draws three random values per file; each is replaced by one derived
/// from a hash of the input: the document ID in the trailer, the six-letter subset tag of each embedded
/// font (ABCDEF+Name), and the two UUIDs of the XMP metadata, which PDFsharp writes while saving and
/// which are therefore replaced in the saved bytes, by strings of the same length, leaving every offset intact.
/// </summary>
internal static class DeterministicPdf
{
    private const string UuidPrefix = "uuid:";
    private const int UuidLength = 36;

    public static byte[] Save(PdfDocument document, byte[] fingerprint)
    {
        var hash = SHA256.HashData(fingerprint);
        var id = Convert.ToHexString(hash, 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        RenameSubsets(document, hash);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var bytes = stream.ToArray();
        StampXmpUuids(bytes, hash);
        return bytes;
    }

    private static void RenameSubsets(PdfDocument document, byte[] hash)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+')
                {
                    dictionary.Elements.SetName(key, "/" + SubsetTag(hash, name[8..]) + name[7..]);
                }
            }
        }
    }

    /// <summary>Six capital letters from the hash of the input and the font's name.</summary>
    private static string SubsetTag(byte[] hash, string fontName)
    {
        var digest = SHA256.HashData([.. hash, .. Encoding.UTF8.GetBytes(fontName)]);
        return string.Concat(digest.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    private static void StampXmpUuids(byte[] bytes, byte[] hash)
    {
        var prefix = Encoding.ASCII.GetBytes(UuidPrefix);
        var found = 0;
        var position = 0;
        while ((position = bytes.AsSpan(position).IndexOf(prefix) is var i and >= 0 ? position + i : -1) >= 0)
        {
            var start = position + prefix.Length;
            if (start + UuidLength > bytes.Length || !IsUuid(bytes.AsSpan(start, UuidLength)))
            {
                position = start;
                continue;
            }

            var uuid = new Guid(SHA256.HashData([.. hash, (byte)found]).AsSpan(0, 16)).ToString();
            Encoding.ASCII.GetBytes(uuid).CopyTo(bytes, start);
            found++;
            position = start + UuidLength;
        }

        if (found != 2)
        {
            throw new InvalidOperationException($"Expected the two XMP UUIDs PDFsharp writes, found {found}: the PDFsharp version changed how it writes metadata.");
        }
    }

    private static bool IsUuid(ReadOnlySpan<byte> text) =>
        Guid.TryParseExact(Encoding.ASCII.GetString(text), "D", out _);
}
