using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace LawReport.Documents.Pdf;

/// <summary>
/// PDFsharp's process-wide settings, made once: the AGPL licence declaration PDFsharp 6.5 requires before
/// use (this project is AGPL-3.0-or-later), and a font resolver that serves font files by path, since a
/// server has no font folder PDFsharp could search.
/// </summary>
internal static class PdfSharpEnvironment
{
    private static readonly Lock Gate = new();
    private static bool _ready;

    public static void EnsureReady(FontLibrary fonts)
    {
        lock (Gate)
        {
            if (!_ready)
            {
                PdfSharp.PdfSharpLicense.SetAgplLicense();
                if (GlobalFontSettings.FontResolver is not null and not FileFontResolver)
                {
                    throw new InvalidOperationException("PDFsharp already has another font resolver; the report renderer needs its own (FileFontResolver).");
                }

                GlobalFontSettings.FontResolver ??= FileFontResolver.Instance;
                _ready = true;
            }

            foreach (var face in fonts.AllFaces)
            {
                FileFontResolver.Instance.Register(face);
            }
        }
    }

    /// <summary>Serves registered font files to PDFsharp; the family name is the file's full path.</summary>
    private sealed class FileFontResolver : IFontResolver
    {
        public static readonly FileFontResolver Instance = new();

        private readonly ConcurrentDictionary<string, string> _paths = new(StringComparer.Ordinal);

        public void Register(FontFace face) => _paths.TryAdd(face.Key, face.Path);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            _paths.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

        public byte[]? GetFont(string faceName) => _paths.TryGetValue(faceName, out var path) ? File.ReadAllBytes(path) : null;
    }
}
