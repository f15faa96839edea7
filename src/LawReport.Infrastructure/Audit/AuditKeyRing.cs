using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace LawReport.Infrastructure.Audit;

/// <summary>
/// The HMAC keys of the audit chain, kept outside the database so that someone who can write to the
/// database cannot forge an entry. The current key signs; retired keys only verify older entries.
/// Each key is named by its id, the first 8 hex digits of its SHA-256, which every MAC carries.
/// Settings (section <c>Audit</c>): <c>Key</c> (base64, e.g. from an environment variable) or
/// <c>KeyFile</c> (default <c>audit.key</c> in the data directory, created with 32 random bytes, mode
/// 0600, when missing), and <c>RetiredKeyFiles</c> (an array). Rotation: docs/operations.md.
/// </summary>
public sealed class AuditKeyRing
{
    public const string SectionName = "Audit";
    public const string DefaultKeyFileName = "audit.key";

    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    public AuditKeyRing(byte[] current, IEnumerable<byte[]> retired)
    {
        if (current.Length < 32)
        {
            throw new InvalidOperationException("The audit key must be at least 32 bytes.");
        }

        CurrentId = IdOf(current);
        _keys[CurrentId] = current;
        foreach (var key in retired)
        {
            _keys.TryAdd(IdOf(key), key);
        }
    }

    public string CurrentId { get; }

    /// <summary>Where the current key came from, for the operator (a file path, or the configuration).</summary>
    public string Source { get; private init; } = "";

    public static AuditKeyRing FromConfiguration(IConfiguration configuration, string dataDirectory)
    {
        var section = configuration.GetSection(SectionName);
        var retired = section.GetSection("RetiredKeyFiles").Get<string[]>() ?? [];
        var retiredKeys = retired.Select(ReadKeyFile).ToList();
        if (section["Key"] is { Length: > 0 } inline)
        {
            return new AuditKeyRing(Convert.FromBase64String(inline), retiredKeys) { Source = "配置项 Audit:Key" };
        }

        var path = Path.GetFullPath(section["KeyFile"] is { Length: > 0 } file ? file : Path.Combine(dataDirectory, DefaultKeyFileName));
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        return new AuditKeyRing(ReadKeyFile(path), retiredKeys) { Source = path };
    }

    /// <summary>A new key file: 32 random bytes in base64, readable by its owner only.</summary>
    public static void CreateKeyFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..8];

    /// <summary><c>keyId:hex</c> with the current key.</summary>
    public string Sign(string previousMac, string content) => CurrentId + ":" + Compute(_keys[CurrentId], previousMac, content);

    /// <summary>Whether <paramref name="mac"/> is right; null when its key is not in the ring.</summary>
    public bool? Verify(string mac, string previousMac, string content)
    {
        var colon = mac.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !_keys.TryGetValue(mac[..colon], out var key))
        {
            return null;
        }

        var expected = Compute(key, previousMac, content);
        return CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(mac[(colon + 1)..]));
    }

    private static string Compute(byte[] key, string previousMac, string content) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(previousMac + "\n" + content)));

    private static byte[] ReadKeyFile(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());
}
