using LawReport.Cli;

namespace LawReport.Cli.Tests;

/// <summary><c>lawreport database script</c>: the schema as SQL for each provider, with no database.</summary>
public class DatabaseScriptCommand
{
    [Fact]
    public async Task SqlServer_script_creates_every_table_and_the_filtered_unique_indexes()
    {
        var (code, output, error) = await CliDispatch.Run("database", "script", "--provider", "SqlServer");

        Assert.Equal(CliApp.Ok, code);
        Assert.Equal("", error);
        foreach (var table in new[] { "Bureaus", "ReportingCycles", "Reports", "ReportSections", "ReportItems", "ReportStatusChanges", "ReportRevisions", "ReportReturnPoints", "Publications", "PublicationFiles", "PendingImports", "AuditEntries", "Notifications", "AspNetUsers", "AspNetRoles" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", output, StringComparison.Ordinal);
        }

        Assert.Contains("WHERE [Key] IS NOT NULL", output, StringComparison.Ordinal);
        Assert.Contains("WHERE [SerialYear] IS NOT NULL AND [Serial] IS NOT NULL", output, StringComparison.Ordinal);
        // Idempotent: every migration is guarded by the history table.
        Assert.Contains("IF NOT EXISTS", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSQL", "CREATE TABLE \"Reports\"")]
    [InlineData("postgresql", "CREATE TABLE \"Reports\"")]
    [InlineData("Sqlite", "CREATE TABLE \"Reports\"")]
    public async Task Other_providers_print_their_own_script(string provider, string expected)
    {
        var (code, output, _) = await CliDispatch.Run("database", "script", "--provider", provider);

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_script_to_a_file_with_o()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lawreport-{Guid.NewGuid():N}.sql");
        try
        {
            var (code, output, _) = await CliDispatch.Run("database", "script", "--provider", "PostgreSQL", "-o", file);

            Assert.Equal(CliApp.Ok, code);
            Assert.Contains(file, output, StringComparison.Ordinal);
            Assert.Contains("CREATE TABLE \"Publications\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(new[] { "database", "script", "--provider", "Oracle" }, "未知的数据库类型：Oracle")]
    [InlineData(new[] { "database", "script" }, "请用 --provider 指定数据库类型")]
    [InlineData(new[] { "database", "--provider", "Sqlite" }, "请指定子命令 script")]
    public async Task Bad_arguments_get_a_Chinese_usage_error(string[] args, string message)
    {
        var (code, _, error) = await CliDispatch.Run(args);

        Assert.Equal(CliApp.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains("用法：lawreport database script", error, StringComparison.Ordinal);
    }
}
