using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Data.Migrations;

/// <summary>Frozen revisions, reviewers' return points, and the public record (publications and their PDFs).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000003_RevisionsReturnPointsPublications")]
public sealed class RevisionsReturnPointsPublications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportRevisions",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                Number = table.Column<int>(nullable: false),
                Content = table.Column<string>(nullable: false),
                SubmittedById = table.Column<string>(maxLength: 450, nullable: false),
                SubmittedByName = table.Column<string>(maxLength: 50, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                ReportId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportRevisions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportRevisions_Reports_ReportId",
                    column: x => x.ReportId,
                    principalTable: "Reports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReportReturnPoints",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                Number = table.Column<int>(nullable: false),
                RaisedInRevision = table.Column<int>(nullable: false),
                SectionPosition = table.Column<int>(nullable: false),
                SectionHeading = table.Column<string>(maxLength: 200, nullable: false),
                Text = table.Column<string>(maxLength: 2000, nullable: false),
                RaisedById = table.Column<string>(maxLength: 450, nullable: false),
                RaisedByName = table.Column<string>(maxLength: 50, nullable: false),
                RaisedAt = table.Column<DateTime>(nullable: false),
                Answer = table.Column<string>(maxLength: 2000, nullable: false),
                AnsweredAt = table.Column<DateTime>(nullable: true),
                State = table.Column<string>(maxLength: 32, nullable: false),
                ClosedByName = table.Column<string>(maxLength: 50, nullable: false),
                ClosedAt = table.Column<DateTime>(nullable: true),
                ReportId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportReturnPoints", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportReturnPoints_Reports_ReportId",
                    column: x => x.ReportId,
                    principalTable: "Reports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Publications",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                ReportId = table.Column<int>(nullable: false),
                BureauId = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Origin = table.Column<string>(maxLength: 32, nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                IndexNumber = table.Column<string>(maxLength: 64, nullable: false),
                Serial = table.Column<int>(nullable: true),
                SerialYear = table.Column<int>(nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Publisher = table.Column<string>(maxLength: 100, nullable: false),
                Category = table.Column<string>(maxLength: 50, nullable: false),
                DisclosureMethod = table.Column<string>(maxLength: 20, nullable: false),
                DocumentNumber = table.Column<string>(maxLength: 50, nullable: false),
                Summary = table.Column<string>(maxLength: 100, nullable: false),
                DateWritten = table.Column<DateOnly>(nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: false),
                PublishedByName = table.Column<string>(maxLength: 50, nullable: false),
                Content = table.Column<string>(nullable: false),
                SearchText = table.Column<string>(nullable: false),
                PdfSha256 = table.Column<string>(maxLength: 64, nullable: false),
                PdfLength = table.Column<int>(nullable: false),
                SourceSha256 = table.Column<string>(maxLength: 64, nullable: false),
                CorrectedById = table.Column<int>(nullable: true),
                WithdrawnAt = table.Column<DateTime>(nullable: true),
                WithdrawalReason = table.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Publications", x => x.Id);
                table.ForeignKey(
                    name: "FK_Publications_Bureaus_BureauId",
                    column: x => x.BureauId,
                    principalTable: "Bureaus",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Publications_Publications_CorrectedById",
                    column: x => x.CorrectedById,
                    principalTable: "Publications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Publications_Reports_ReportId",
                    column: x => x.ReportId,
                    principalTable: "Reports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PublicationFiles",
            columns: table => new
            {
                PublicationId = table.Column<int>(nullable: false),
                Bytes = table.Column<byte[]>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublicationFiles", x => x.PublicationId);
                table.ForeignKey(
                    name: "FK_PublicationFiles_Publications_PublicationId",
                    column: x => x.PublicationId,
                    principalTable: "Publications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_ReportRevisions_ReportId_Number", table: "ReportRevisions", columns: ["ReportId", "Number"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_ReportReturnPoints_ReportId_Number", table: "ReportReturnPoints", columns: ["ReportId", "Number"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Publications_BureauId_SerialYear_Serial", table: "Publications", columns: ["BureauId", "SerialYear", "Serial"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Publications_CorrectedById", table: "Publications", column: "CorrectedById");
        migrationBuilder.CreateIndex(name: "IX_Publications_ReportId_Version", table: "Publications", columns: ["ReportId", "Version"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Publications_SourceSha256", table: "Publications", column: "SourceSha256");
        migrationBuilder.CreateIndex(name: "IX_Publications_State_PublishedOn", table: "Publications", columns: ["State", "PublishedOn"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "PublicationFiles", "Publications", "ReportReturnPoints", "ReportRevisions" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
