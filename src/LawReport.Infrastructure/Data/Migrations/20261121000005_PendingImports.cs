using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Data.Migrations;

/// <summary>Uploaded files waiting for a system administrator's review before they are archived.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000005_PendingImports")]
public sealed class PendingImports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PendingImports",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                Source = table.Column<byte[]>(nullable: false),
                SourceSha256 = table.Column<string>(maxLength: 64, nullable: false),
                SourceText = table.Column<string>(nullable: false),
                Warnings = table.Column<string>(nullable: false),
                ReportJson = table.Column<string>(nullable: false),
                BureauId = table.Column<int>(nullable: true),
                UploadedById = table.Column<string>(maxLength: 450, nullable: false),
                UploadedByName = table.Column<string>(maxLength: 50, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PendingImports", x => x.Id);
                table.ForeignKey(
                    name: "FK_PendingImports_Bureaus_BureauId",
                    column: x => x.BureauId,
                    principalTable: "Bureaus",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateIndex(name: "IX_PendingImports_BureauId", table: "PendingImports", column: "BureauId");
        migrationBuilder.CreateIndex(name: "IX_PendingImports_SourceSha256", table: "PendingImports", column: "SourceSha256");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("PendingImports");
}
