using System.Collections.Concurrent;
using System.Text;
using LawReport.Documents.Layout;

namespace LawReport.Documents.Pdf;

/// <summary>
/// The font chains of <see cref="FontSettings"/>, loaded and checked: for a character of a role, the
/// first font of the chain that can draw it. A font file is read once per process, however many
/// renderers use it.
/// </summary>
public sealed class FontLibrary : Layout.IGlyphAdvances
{
    private static readonly ConcurrentDictionary<string, Lazy<FontFace>> Faces = new(StringComparer.Ordinal);

    private readonly Dictionary<FontRole, FontFace[]> _chains;

    private FontLibrary(Dictionary<FontRole, FontFace[]> chains) => _chains = chains;

    /// <summary>Every distinct font of every chain.</summary>
    public IEnumerable<FontFace> AllFaces => _chains.Values.SelectMany(c => c).Distinct();

    /// <summary>Loads the chains; throws <see cref="FontFileException"/> naming the file and role when one cannot be used.</summary>
    public static FontLibrary Load(FontSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var chains = new Dictionary<FontRole, FontFace[]>();
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var files = settings.ChainFor(role);
            if (files.Count == 0)
            {
                throw new FontFileException($"字体角色「{RoleName(role)}」没有配置字体文件。");
            }

            chains[role] = files.Select(f => LoadFace(settings.ResolvePath(f), role)).ToArray();
        }

        return new FontLibrary(chains);
    }

    /// <summary>The first font of the role's chain that can draw the character, or null when none can.</summary>
    public FontFace? Find(FontRole role, Rune rune)
    {
        foreach (var face in _chains[role])
        {
            if (face.Coverage.Covers(rune))
            {
                return face;
            }
        }

        return null;
    }

    /// <summary>The advance of the character in the font of the role that draws it, in em (characters below U+3000).</summary>
    public double? AdvanceEm(FontRole role, Rune rune) => Find(role, rune)?.Coverage.AdvanceEm(rune);

    /// <summary>The role's first font: it draws what no font can (as its empty box) after the character was reported.</summary>
    public FontFace Primary(FontRole role) => _chains[role][0];

    public static string RoleName(FontRole role) => role switch
    {
        FontRole.Title => "标题",
        FontRole.Body => "正文",
        FontRole.Heading1 => "一级标题",
        FontRole.Heading2 => "二级标题",
        FontRole.PageNumber => "页码",
        _ => role.ToString(),
    };

    private static FontFace LoadFace(string path, FontRole role)
    {
        var lazy = Faces.GetOrAdd(path, p => new Lazy<FontFace>(() => FontFace.Read(p)));
        try
        {
            return lazy.Value;
        }
        catch (Exception e) when (e is FontFileException or IOException or UnauthorizedAccessException)
        {
            // Do not cache the failure: the administrator may fix the file and retry.
            Faces.TryRemove(path, out _);
            var reason = e is FontFileException ? e.Message : $"无法读取字体文件：{path}（{e.Message}）";
            throw new FontFileException($"{reason}（字体角色：{RoleName(role)}）");
        }
    }
}

/// <summary>One font file: its path, the name PDFsharp knows it by, and the characters it can draw.</summary>
public sealed class FontFace
{
    private FontFace(string path, TrueTypeCoverage coverage)
    {
        Path = path;
        Coverage = coverage;
    }

    public string Path { get; }

    /// <summary>The family name under which the font resolver serves this file to PDFsharp.</summary>
    public string Key => Path;

    public TrueTypeCoverage Coverage { get; }

    internal static FontFace Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FontFileException($"找不到字体文件：{path}");
        }

        return new FontFace(path, TrueTypeCoverage.Read(File.ReadAllBytes(path), path));
    }
}
