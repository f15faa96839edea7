using LawReport.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
var dataDirectory = StorageOptions.Resolve(builder.Configuration, builder.Environment);
builder.AddLawReportLogging(dataDirectory);
builder.AddLawReportWeb(dataDirectory);

var app = builder.Build();
await app.InitializeDatabaseAsync();
await app.CheckProductionAsync();
app.UseLawReportPipeline();
await app.RunAsync();

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
