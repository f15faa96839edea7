using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Data.Migrations;

/// <summary>Reporting cycles and the report aggregate: reports, sections, items and status history.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000002_ReportsAndCycles")]
public sealed class ReportsAndCycles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportingCycles",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                Year = table.Column<int>(nullable: false),
                SubmissionDeadline = table.Column<DateOnly>(nullable: false),
                PublicationDeadline = table.Column<DateOnly>(nullable: false),
                IsOpen = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportingCycles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Reports",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                BureauId = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Addressee = table.Column<string>(maxLength: 100, nullable: false),
                Preamble = table.Column<string>(maxLength: 5000, nullable: false),
                Closing = table.Column<string>(maxLength: 200, nullable: false),
                Signature = table.Column<string>(maxLength: 100, nullable: false),
                DateWritten = table.Column<DateOnly>(nullable: true),
                Note = table.Column<string>(maxLength: 100, nullable: false),
                Status = table.Column<string>(maxLength: 32, nullable: false),
                Version = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reports", x => x.Id);
                table.ForeignKey(
                    name: "FK_Reports_Bureaus_BureauId",
                    column: x => x.BureauId,
                    principalTable: "Bureaus",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ReportSections",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Heading = table.Column<string>(maxLength: 200, nullable: false),
                Position = table.Column<int>(nullable: false),
                ReportId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportSections", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportSections_Reports_ReportId",
                    column: x => x.ReportId,
                    principalTable: "Reports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReportItems",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                Position = table.Column<int>(nullable: false),
                Heading = table.Column<string>(maxLength: 500, nullable: false),
                Body = table.Column<string>(maxLength: 20000, nullable: false),
                SectionId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportItems_ReportSections_SectionId",
                    column: x => x.SectionId,
                    principalTable: "ReportSections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReportStatusChanges",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                From = table.Column<string>(maxLength: 32, nullable: true),
                To = table.Column<string>(maxLength: 32, nullable: false),
                ActorId = table.Column<string>(maxLength: 450, nullable: false),
                ActorName = table.Column<string>(maxLength: 50, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Comment = table.Column<string>(maxLength: 2000, nullable: false),
                ReportId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportStatusChanges", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportStatusChanges_Reports_ReportId",
                    column: x => x.ReportId,
                    principalTable: "Reports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_ReportingCycles_Year", table: "ReportingCycles", column: "Year", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Reports_BureauId_Year", table: "Reports", columns: ["BureauId", "Year"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Reports_Year_Status", table: "Reports", columns: ["Year", "Status"]);
        migrationBuilder.CreateIndex(name: "IX_ReportSections_ReportId", table: "ReportSections", column: "ReportId");
        migrationBuilder.CreateIndex(name: "IX_ReportItems_SectionId", table: "ReportItems", column: "SectionId");
        migrationBuilder.CreateIndex(name: "IX_ReportStatusChanges_ReportId", table: "ReportStatusChanges", column: "ReportId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "ReportStatusChanges", "ReportItems", "ReportSections", "Reports", "ReportingCycles" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
