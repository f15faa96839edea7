using System.Text;

namespace LawReport.Documents.Import.Readers;

/// <summary>The text of a file and the encoding it was read in.</summary>
internal sealed record DecodedText(string Text, string EncodingName);

/// <summary>
/// Turns the bytes of a text or web-page file into text. Chinese files come in UTF-8 (with or without
/// a byte-order mark), UTF-16 with a mark, GB18030 and its subsets GBK/GB2312, or Big5 (Taiwan, Hong
/// Kong, some traditional-character sites). UTF-8 is strict enough to recognise: bytes that are valid
/// UTF-8 are read as UTF-8, anything else in the charset a web page declares, else as GB18030 or Big5,
/// whichever reads the bytes (both may: then by their second bytes). Bytes that none reads are refused,
/// with what was tried.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Control characters allowed in text files (tab, line breaks, form feed, old DOS end-of-file).</summary>
    private const string AllowedControls = "\t\n\r\f\v\u001A";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var decoded = DecodeByMark(bytes) ?? DecodeWithoutMark(bytes, declaredCharset);
        if (!LooksLikeText(decoded.Text))
        {
            throw NotText();
        }

        return decoded;
    }

    private static DecodedText? DecodeByMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new(Encoding.UTF8.GetString(bytes[3..]), "UTF-8"),
        [0xFF, 0xFE, ..] => new(Encoding.Unicode.GetString(bytes[2..]), "UTF-16"),
        [0xFE, 0xFF, ..] => new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "UTF-16BE"),
        _ => null,
    };

    private static DecodedText DecodeWithoutMark(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        // A zero byte never occurs in UTF-8 or GB18030 text; UTF-16 without a mark is not worth guessing.
        if (bytes.Contains((byte)0))
        {
            throw NotText();
        }

        if ((TryDecode(StrictUtf8, bytes) ?? TryDecode(StrictUtf8, WithoutCutCharacter(bytes))) is { } utf8)
        {
            return new(utf8, "UTF-8");
        }

        if (DeclaredEncoding(declaredCharset) is { } declared && TryDecode(declared, bytes) is { } text)
        {
            return new(text, declaredCharset!.Trim().ToUpperInvariant());
        }

        var gb18030 = TryDecode(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes);
        var big5 = TryDecode(Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes);
        return (gb18030, big5) switch
        {
            ({ } chinese, { } traditional) => LooksLikeBig5(bytes) ? new(traditional, "Big5") : new(chinese, "GB18030"),
            ({ } chinese, null) => new(chinese, "GB18030"),
            (null, { } traditional) => new(traditional, "Big5"),
            _ => throw NoEncodingFits(),
        };
    }

    /// <summary>
    /// Bytes that both GB18030 and Big5 decode: Big5 puts about half of its common characters' second
    /// bytes below 0x80 (0x40–0x7E), where GB2312's never are and GBK's rarely are. GBK text with
    /// traditional characters uses first bytes 0x81–0xA0, which Big5 refuses, so it never gets here.
    /// </summary>
    private static bool LooksLikeBig5(ReadOnlySpan<byte> bytes)
    {
        var (pairs, lowSecond) = (0, 0);
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] >= 0x81)
            {
                pairs++;
                lowSecond += bytes[i + 1] < 0x80 ? 1 : 0;
                i++;
            }
        }

        return pairs > 0 && lowSecond * 100 >= pairs * 15;
    }

    /// <summary>
    /// A UTF-8 file cut short (a truncated download) may end in the middle of a character; without
    /// those last bytes it is still UTF-8 and must not be mistaken for GB18030.
    /// </summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> bytes)
    {
        for (var start = bytes.Length - 1; start >= Math.Max(0, bytes.Length - 3); start--)
        {
            var length = bytes[start] switch
            {
                >= 0xF0 and <= 0xF4 => 4,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xC2 and <= 0xDF => 2,
                _ => 0,
            };
            if (length > 0)
            {
                return bytes.Length - start < length ? bytes[..start] : bytes;
            }
        }

        return bytes;
    }

    /// <summary>
    /// The encoding a page declares, if it is one a page can declare in its own markup: an
    /// ASCII-compatible one (a page that really were UTF-16 would carry a byte-order mark).
    /// </summary>
    private static Encoding? DeclaredEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(charset.Trim(), EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var asciiCompatible = encoding.GetBytes("<a") is [(byte)'<', (byte)'a'];
            return encoding.CodePage == Encoding.UTF8.CodePage || !asciiCompatible ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or EncoderFallbackException)
        {
            return null;
        }
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Binary data decoded by a lenient encoding shows as control characters, replacement characters
    /// and private-use code points; real text has almost none.
    /// </summary>
    private static bool LooksLikeText(string text)
    {
        var suspicious = 0;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && !AllowedControls.Contains(c)) || c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse)
            {
                suspicious++;
            }
        }

        return suspicious * 100 <= text.Length;
    }

    private static ImportException NoEncodingFits() =>
        new("文件内容不是可读的文字：按 UTF-8、UTF-16、GB18030（含 GBK、GB2312）和 Big5 编码都读不通，可能是其他编码的文字、图片、压缩包或已损坏的文件。请把报告另存为 UTF-8 编码的 .txt，或导入 .docx、.html、.pdf 格式的报告。");

    private static ImportException NotText() =>
        new("文件内容不是可读的文字（可能是图片、压缩包或已损坏的文件）。请导入 .txt、.html 或 .docx 格式的报告。");
}
