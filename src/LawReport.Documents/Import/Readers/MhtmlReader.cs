using System.Text;
using System.Text.RegularExpressions;

namespace LawReport.Documents.Import.Readers;

/// <summary>
/// The page inside a web archive (.mhtml, .mht) that a browser saves as one file: a MIME message whose
/// first text/html part is the page, in quoted-printable or base64, its charset in the part's header.
/// The pictures and styles in the other parts are not needed to read the report.
/// </summary>
internal static partial class MhtmlReader
{
    /// <summary>Whether the bytes are a MIME web archive (its headers name multipart/related).</summary>
    public static bool IsWebArchive(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        return head.Contains("multipart/related", StringComparison.OrdinalIgnoreCase) && head.Contains("MIME-Version", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The page's bytes and the charset its part declares.</summary>
    public static (byte[] Html, string? Charset) Page(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var boundary = Boundary().Match(text);
        if (!boundary.Success)
        {
            throw new ImportException("无法读取这个网页存档（.mhtml）：找不到其中的网页。请在浏览器中打开它，另存为“网页，仅 HTML”后再导入。");
        }

        foreach (var part in text.Split("--" + boundary.Groups["boundary"].Value))
        {
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4) : (part.IndexOf("\n\n", StringComparison.Ordinal), 2);
            if (split.Item1 < 0)
            {
                continue;
            }

            var headers = part[..split.Item1];
            if (ContentType().Match(headers) is not { Success: true } type || !type.Groups["type"].Value.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var body = part[(split.Item1 + split.Item2)..];
            var encoding = TransferEncoding().Match(headers) is { Success: true } transfer ? transfer.Groups["encoding"].Value.Trim().ToLowerInvariant() : "";
            var html = encoding switch
            {
                "quoted-printable" => QuotedPrintable(body),
                "base64" => Base64(body),
                _ => Encoding.Latin1.GetBytes(body),
            };
            var charset = Charset().Match(headers) is { Success: true } declared ? declared.Groups["charset"].Value : null;
            return (html, charset);
        }

        throw new ImportException("无法读取这个网页存档（.mhtml）：其中没有网页部分。请在浏览器中打开它，另存为“网页，仅 HTML”后再导入。");
    }

    private static byte[] Base64(string body)
    {
        try
        {
            return Convert.FromBase64String(Regex.Replace(body, @"[^A-Za-z0-9+/=]", ""));
        }
        catch (FormatException)
        {
            throw new ImportException("无法读取这个网页存档（.mhtml）：其中的网页已损坏。请在浏览器中打开它，另存为“网页，仅 HTML”后再导入。");
        }
    }

    /// <summary>Quoted-printable (RFC 2045) to bytes: =XX is a byte, = at a line's end joins it to the next.</summary>
    private static byte[] QuotedPrintable(string body)
    {
        var output = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                output.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c == '=' && i + 1 < body.Length && body[i + 1] is '\r' or '\n')
            {
                i += body[i + 1] == '\r' && i + 2 < body.Length && body[i + 2] == '\n' ? 2 : 1;
            }
            else
            {
                output.Add((byte)c);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"boundary\s*=\s*""?(?<boundary>[^"";\r\n]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^Content-Type:\s*(?<type>[\w/+.-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ContentType();

    [GeneratedRegex(@"^Content-Transfer-Encoding:\s*(?<encoding>[\w-]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex TransferEncoding();

    [GeneratedRegex(@"charset\s*=\s*""?(?<charset>[\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
