using System.Text.Encodings.Web;
using System.Text.Unicode;
using LawReport.Infrastructure;
using LawReport.Infrastructure.Data;
using LawReport.Infrastructure.Identity;
using LawReport.Web.Authorization;
using LawReport.Web.Pages.Public;
using LawReport.Web.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace LawReport.Web.Startup;

public static class WebServices
{
    public static void AddLawReportWeb(this WebApplicationBuilder builder, string dataDirectory)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.SectionName));

        // No "Server: Kestrel" banner; HSTS for a year on HTTPS responses outside Development (localhost
        // included: a deployment may well be reached by that name on its own machine).
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.ExcludedHosts.Clear();
        });

        // Pages are Chinese: write the characters themselves, not &#x…; entities (a third of the bytes).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Fast on a slow link: compress pages, feeds and scripts (HTTP only by default; behind HTTPS the
        // reverse proxy compresses, avoiding BREACH-style attacks on secrets in compressed responses).
        services.AddResponseCompression(options =>
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/atom+xml", "image/svg+xml"]));
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.SectionName));
        services.AddSingleton(TimeProvider.System);

        // The database with its save interceptors, the renderer and the archive: shared with the command line.
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddLawReportCore(configuration, database, dataDirectory);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        // The public side's services: full-text search (Public/PublicPortal.cs).
        services.AddPublicPortal(configuration, dataDirectory);

        // Keys in the database: they survive restarts, and every instance on the database reads the same
        // ring under one application name, so a sign-in cookie or antiforgery token from one works on another.
        services.AddDataProtection()
            .SetApplicationName("LawReport")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddIdentity<AppUser, IdentityRole>(IdentitySetup.ConfigureOptions)
            .AddLawReportStores()
            .AddClaimsPrincipalFactory<LawReportClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "lawreport.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;

            // Secure over HTTPS, where it is also __Host- prefixed (HostPrefixedCookieManager).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.CookieManager = new HostPrefixedCookieManager();
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = PasswordPolicy.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = ScriptRequests.RedirectToLoginAsync;
            options.Events.OnValidatePrincipal = SessionLimits.ValidateAsync;

            // A signed-in user without the right gets a real 403 (shown by the Chinese error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // The security stamp is checked on every request (SessionLimits): signing out, deactivation, role and
        // bureau changes end open sessions at once (one query by key per request; ADR-019).

        services.AddAuthorization(Policies.Register);
        services.AddSingleton<IAuthorizationHandler, ReportAuthorizationHandler>();

        services.AddLawReportValidation();
        services.AddReviewAndPublishing(configuration);

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Policies.SystemAdmin);
            options.Conventions.AuthorizeFolder("/Security", Policies.SecurityAdmin);
            options.Conventions.AuthorizeFolder("/Reports", Policies.ReportWork);
            options.Conventions.AuthorizeFolder("/SignOff", Policies.BureauLead);
            options.Conventions.AuthorizeFolder("/Review", Policies.Reviewer);
            options.Conventions.AuthorizeFolder("/Board", Policies.Reviewer);
            options.Conventions.AuthorizeFolder("/Publishing", Policies.Publishing);
            options.Conventions.AuthorizeFolder("/Audit", Policies.Auditor);
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.AllowAnonymousToFolder("/Public");
        }).AddMvcOptions(options =>
        {
            // Validation is FluentValidation's, in Chinese: no implicit English "field is required".
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.Filters.Add<UnknownHandlerFilter>();
            ChineseBindingMessages.Apply(options.ModelBindingMessageProvider);
        });
    }
}
