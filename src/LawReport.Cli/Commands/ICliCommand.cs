namespace LawReport.Cli.Commands;

/// <summary>One command of the command line.</summary>
public interface ICliCommand
{
    /// <summary>The word that selects it: <c>lawreport render …</c>.</summary>
    string Name { get; }

    /// <summary>The synopsis, e.g. <c>render &lt;report.json&gt; -o &lt;file.pdf&gt;</c>.</summary>
    string Usage { get; }

    string Description { get; }

    /// <summary>Runs with the arguments after the command's name; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args, TextWriter output, TextWriter error);
}

/// <summary>The arguments do not fit the command's usage; the message says what is wrong.</summary>
public sealed class CliUsageException(string message) : Exception(message);
