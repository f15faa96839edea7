using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawReport.Migrations.SqlServer
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
                type: "nvarchar(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "",
                collation: "Chinese_PRC_BIN2");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Entries written before the chain get their places in id order (they carry no MAC).
            migrationBuilder.Sql(@"UPDATE [AuditEntries] SET [Sequence] = (SELECT COUNT(*) FROM [AuditEntries] AS earlier WHERE earlier.[Id] <= [AuditEntries].[Id]);");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Sequence",
                table: "AuditEntries",
                column: "Sequence",
                unique: true);

            // The audit table is append-only in the database itself (ADR-020).
            migrationBuilder.Sql(@"CREATE TRIGGER [AuditEntries_append_only] ON [AuditEntries] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, 'AuditEntries rows are append-only: UPDATE and DELETE refused', 1; END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS [AuditEntries_append_only];");

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
