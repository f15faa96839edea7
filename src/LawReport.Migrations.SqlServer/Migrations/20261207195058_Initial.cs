using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawReport.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false, collation: "Chinese_PRC_BIN2"),
                    RemoteAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Target = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Summary = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ReportId = table.Column<int>(type: "int", nullable: true),
                    BureauId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bureaus",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FullName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ShortName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    OrganizationCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false, collation: "Chinese_PRC_BIN2"),
                    City = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    DefaultAddressee = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bureaus", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingCycles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    SubmissionDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    PublicationDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    IsOpen = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    DisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    BureauId = table.Column<int>(type: "int", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true, collation: "Chinese_PRC_BIN2"),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Bureaus_BureauId",
                        column: x => x.BureauId,
                        principalTable: "Bureaus",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PendingImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Source = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    SourceSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Chinese_PRC_BIN2"),
                    SourceText = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    Warnings = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    ReportJson = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    BureauId = table.Column<int>(type: "int", nullable: true),
                    UploadedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    UploadedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BureauId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Addressee = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Preamble = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Closing = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Signature = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    DateWritten = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true, collation: "Chinese_PRC_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ReportId = table.Column<int>(type: "int", nullable: true),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true, collation: "Chinese_PRC_BIN2"),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EmailedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReportId = table.Column<int>(type: "int", nullable: false),
                    BureauId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    IndexNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Serial = table.Column<int>(type: "int", nullable: true),
                    SerialYear = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Publisher = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Category = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    DisclosureMethod = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, collation: "Chinese_PRC_BIN2"),
                    DocumentNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Summary = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false, collation: "Chinese_PRC_BIN2"),
                    DateWritten = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false, collation: "Chinese_PRC_BIN2"),
                    PdfSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Chinese_PRC_BIN2"),
                    PdfLength = table.Column<int>(type: "int", nullable: false),
                    SourceSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false, collation: "Chinese_PRC_BIN2"),
                    CorrectedById = table.Column<int>(type: "int", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Chinese_PRC_BIN2")
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
                name: "ReportReturnPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    RaisedInRevision = table.Column<int>(type: "int", nullable: false),
                    SectionPosition = table.Column<int>(type: "int", nullable: false),
                    SectionHeading = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    RaisedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    RaisedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ClosedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportId = table.Column<int>(type: "int", nullable: false)
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
                name: "ReportRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SubmittedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    SubmittedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportId = table.Column<int>(type: "int", nullable: false)
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
                name: "ReportSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Heading = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ReportId = table.Column<int>(type: "int", nullable: false)
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
                name: "ReportStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    From = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ActorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false, collation: "Chinese_PRC_BIN2"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    ReportId = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PublicationFiles",
                columns: table => new
                {
                    PublicationId = table.Column<int>(type: "int", nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ReportItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Heading = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false, collation: "Chinese_PRC_BIN2"),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false, collation: "Chinese_PRC_BIN2"),
                    SectionId = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_BureauId",
                table: "AspNetUsers",
                column: "BureauId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_At",
                table: "AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Bureaus_FullName",
                table: "Bureaus",
                column: "FullName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailedAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "EmailedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Key",
                table: "Notifications",
                columns: new[] { "UserId", "Key" },
                unique: true,
                filter: "[Key] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_BureauId",
                table: "PendingImports",
                column: "BureauId");

            migrationBuilder.CreateIndex(
                name: "IX_PendingImports_SourceSha256",
                table: "PendingImports",
                column: "SourceSha256");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_BureauId_SerialYear_Serial",
                table: "Publications",
                columns: new[] { "BureauId", "SerialYear", "Serial" },
                unique: true,
                filter: "[SerialYear] IS NOT NULL AND [Serial] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_CorrectedById",
                table: "Publications",
                column: "CorrectedById");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_ReportId_Version",
                table: "Publications",
                columns: new[] { "ReportId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Publications_SourceSha256",
                table: "Publications",
                column: "SourceSha256");

            migrationBuilder.CreateIndex(
                name: "IX_Publications_State_PublishedOn",
                table: "Publications",
                columns: new[] { "State", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportingCycles_Year",
                table: "ReportingCycles",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportItems_SectionId",
                table: "ReportItems",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportReturnPoints_ReportId_Number",
                table: "ReportReturnPoints",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportRevisions_ReportId_Number",
                table: "ReportRevisions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_BureauId_Year",
                table: "Reports",
                columns: new[] { "BureauId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Year_Status",
                table: "Reports",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSections_ReportId",
                table: "ReportSections",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportStatusChanges_ReportId",
                table: "ReportStatusChanges",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PendingImports");

            migrationBuilder.DropTable(
                name: "PublicationFiles");

            migrationBuilder.DropTable(
                name: "ReportingCycles");

            migrationBuilder.DropTable(
                name: "ReportItems");

            migrationBuilder.DropTable(
                name: "ReportReturnPoints");

            migrationBuilder.DropTable(
                name: "ReportRevisions");

            migrationBuilder.DropTable(
                name: "ReportStatusChanges");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropTable(
                name: "ReportSections");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Bureaus");
        }
    }
}
