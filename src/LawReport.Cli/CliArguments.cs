namespace LawReport.Cli;

/// <summary>
/// The arguments of one command: positional values, options that take a value (<c>-o file.pdf</c>) and
/// flags (<c>--json</c>). Anything else is a usage error with a Chinese message.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    private CliArguments()
    {
    }

    public IReadOnlyList<string> Positionals => _positionals;

    /// <param name="valueOptions">Options followed by a value; an alias is written <c>-o|--output</c>.</param>
    /// <param name="flags">Options without a value.</param>
    public static CliArguments Parse(string[] args, IEnumerable<string> valueOptions, IEnumerable<string>? flags = null)
    {
        var names = valueOptions.SelectMany(Aliases).ToDictionary(a => a.Alias, a => a.Name, StringComparer.Ordinal);
        var flagNames = (flags ?? []).SelectMany(Aliases).ToDictionary(a => a.Alias, a => a.Name, StringComparer.Ordinal);
        var parsed = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (names.TryGetValue(arg, out var name))
            {
                parsed._values[name] = i + 1 < args.Length ? args[++i] : throw new Commands.CliUsageException($"选项 {arg} 缺少取值。");
            }
            else if (flagNames.TryGetValue(arg, out var flag))
            {
                parsed._flags.Add(flag);
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                throw new Commands.CliUsageException($"未知选项：{arg}");
            }
            else
            {
                parsed._positionals.Add(arg);
            }
        }

        return parsed;
    }

    /// <summary>The value of an option, by its long name (<c>--output</c>).</summary>
    public string? Value(string option) => _values.GetValueOrDefault(option);

    public string Required(string option, string message) => Value(option) ?? throw new Commands.CliUsageException(message);

    public bool Has(string flag) => _flags.Contains(flag);

    private static IEnumerable<(string Alias, string Name)> Aliases(string spec)
    {
        var parts = spec.Split('|');
        return parts.Select(alias => (alias, parts[^1]));
    }
}
