# LawReport: the portal (and its command line) in one image.
#   docker compose up -d          # with docker-compose.yml: portal + PostgreSQL (profile sqlserver: SQL Server)
#   docker compose exec web lawreport create-admin --user admin --role SystemAdmin
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, so source edits do not invalidate the package layer.
COPY LawReport.sln Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/LawReport.Domain/LawReport.Domain.csproj src/LawReport.Domain/
COPY src/LawReport.Infrastructure/LawReport.Infrastructure.csproj src/LawReport.Infrastructure/
COPY src/LawReport.Documents/LawReport.Documents.csproj src/LawReport.Documents/
COPY src/LawReport.Web/LawReport.Web.csproj src/LawReport.Web/
COPY src/LawReport.Cli/LawReport.Cli.csproj src/LawReport.Cli/
COPY src/LawReport.Migrations.Sqlite/LawReport.Migrations.Sqlite.csproj src/LawReport.Migrations.Sqlite/
COPY src/LawReport.Migrations.PostgreSQL/LawReport.Migrations.PostgreSQL.csproj src/LawReport.Migrations.PostgreSQL/
COPY src/LawReport.Migrations.SqlServer/LawReport.Migrations.SqlServer.csproj src/LawReport.Migrations.SqlServer/
RUN dotnet restore src/LawReport.Web/LawReport.Web.csproj && dotnet restore src/LawReport.Cli/LawReport.Cli.csproj
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/LawReport.Web -c Release --no-restore -o /app/web \
 && dotnet publish src/LawReport.Cli -c Release --no-restore -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check; fontconfig and Debian's CJK fonts so a city can also point the font
# chains at system fonts (the open-licensed fonts the PDF needs ship inside the application).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl fontconfig fonts-arphic-gbsn00lp fonts-droid-fallback \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/web ./web
COPY --from=build /app/cli ./cli
COPY --from=build /src/seeds ./seeds
RUN printf '#!/bin/sh\nexec dotnet /app/cli/lawreport.dll "$@"\n' > /usr/local/bin/lawreport && chmod +x /usr/local/bin/lawreport \
 && mkdir -p /data /fonts && chown app:app /data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Storage__DataDirectory=/data
VOLUME /data
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/healthz || exit 1
WORKDIR /app/web
ENTRYPOINT ["dotnet", "LawReport.Web.dll"]
