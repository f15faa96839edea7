using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawReport.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Mac",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Entries written before the chain get their places in id order (they carry no MAC).
            migrationBuilder.Sql(@"UPDATE ""AuditEntries"" SET ""Sequence"" = (SELECT COUNT(*) FROM ""AuditEntries"" AS earlier WHERE earlier.""Id"" <= ""AuditEntries"".""Id"");");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            // The audit table is append-only in the database itself (ADR-020).
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEntries_no_update"" BEFORE UPDATE ON ""AuditEntries"" BEGIN SELECT RAISE(ABORT, 'AuditEntries rows are append-only: UPDATE refused'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEntries_no_delete"" BEFORE DELETE ON ""AuditEntries"" BEGIN SELECT RAISE(ABORT, 'AuditEntries rows are append-only: DELETE refused'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditEntries_no_update"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditEntries_no_delete"";");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Mac",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AuditEntries");
        }
    }
}
