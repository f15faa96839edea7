using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LawReport.Infrastructure.Data.Migrations;

/// <summary>The append-only audit log and the users' notifications.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261121000004_AuditAndNotifications")]
public sealed class AuditAndNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                At = table.Column<DateTime>(nullable: false),
                Action = table.Column<string>(maxLength: 32, nullable: false),
                ActorId = table.Column<string>(maxLength: 450, nullable: false),
                ActorName = table.Column<string>(maxLength: 256, nullable: false),
                RemoteAddress = table.Column<string>(maxLength: 64, nullable: false),
                Target = table.Column<string>(maxLength: 200, nullable: false),
                Summary = table.Column<string>(maxLength: 200, nullable: false),
                Details = table.Column<string>(maxLength: 2000, nullable: false),
                ReportId = table.Column<int>(nullable: true),
                BureauId = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Generated(),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                ReportId = table.Column<int>(nullable: true),
                Key = table.Column<string>(maxLength: 100, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
                EmailedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notifications", x => x.Id);
                table.ForeignKey(
                    name: "FK_Notifications_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        migrationBuilder.CreateIndex(name: "IX_AuditEntries_Action_At", table: "AuditEntries", columns: ["Action", "At"]);
        migrationBuilder.CreateIndex(name: "IX_Notifications_UserId_ReadAt", table: "Notifications", columns: ["UserId", "ReadAt"]);
        migrationBuilder.CreateIndex(name: "IX_Notifications_UserId_Key", table: "Notifications", columns: ["UserId", "Key"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_Notifications_EmailedAt_CreatedAt", table: "Notifications", columns: ["EmailedAt", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("Notifications");
        migrationBuilder.DropTable("AuditEntries");
    }
}
