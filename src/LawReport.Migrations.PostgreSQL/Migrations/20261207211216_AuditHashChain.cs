using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawReport.Migrations.PostgreSQL
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
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AuditEntries",
                type: "bigint",
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
            migrationBuilder.Sql(@"CREATE FUNCTION ""AuditEntries_refuse_change""() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'AuditEntries rows are append-only: % refused', TG_OP; END; $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEntries_append_only"" BEFORE UPDATE OR DELETE ON ""AuditEntries"" FOR EACH ROW EXECUTE FUNCTION ""AuditEntries_refuse_change""();");
            migrationBuilder.Sql(@"CREATE TRIGGER ""AuditEntries_no_truncate"" BEFORE TRUNCATE ON ""AuditEntries"" FOR EACH STATEMENT EXECUTE FUNCTION ""AuditEntries_refuse_change""();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditEntries_no_truncate"" ON ""AuditEntries"";");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS ""AuditEntries_append_only"" ON ""AuditEntries"";");
            migrationBuilder.Sql(@"DROP FUNCTION IF EXISTS ""AuditEntries_refuse_change""();");

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
