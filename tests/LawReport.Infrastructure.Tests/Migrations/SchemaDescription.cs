using System.Data.Common;
using System.Globalization;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Tests.Migrations;

/// <summary>
/// Describes a database's schema as sorted lines (tables, columns with type and nullability, keys,
/// indexes, foreign keys), read from the database's own catalogue, so two databases can be compared.
/// </summary>
internal static class SchemaDescription
{
    /// <summary>EF's own bookkeeping tables (__EFMigrationsHistory, __EFMigrationsLock) are not part of the model.</summary>
    private const string EfTablePrefix = "__EF";

    internal static bool IsEfTable(string table) => table.StartsWith(EfTablePrefix, StringComparison.Ordinal);

    public static async Task<IReadOnlyList<string>> ReadAsync(AppDbContext db) =>
        db.Database.IsSqlite() ? await ReadSqliteAsync(db.Database.GetDbConnection()) : await ReadPostgresAsync(db.Database.GetDbConnection());

    private static async Task<IReadOnlyList<string>> ReadSqliteAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Where(t => !IsEfTable(t[0])))
        {
            var name = table[0];
            lines.Add($"table {name}{(table[1].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "")}");
            foreach (var c in await QueryAsync(connection, $"PRAGMA table_info(\"{name}\")"))
            {
                lines.Add($"column {name}.{c[1]} {c[2]} notnull={c[3]} default={c[4]} pk={c[5]}");
            }

            foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{name}\")"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{index[1]}\")");
                var indexName = index[3] == "c" ? index[1] : $"({index[3]})";
                lines.Add($"index {name} {indexName} unique={index[2]} ({string.Join(",", columns.Select(c => c[2]))})");
            }

            foreach (var fk in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{name}\")"))
            {
                lines.Add($"fk {name}.{fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<IReadOnlyList<string>> ReadPostgresAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable,
                   coalesce(column_default, ''), is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns
            WHERE table_schema = 'public'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} default={c[5]} identity={c[6]} {c[7]}");
        }

        foreach (var c in await QueryAsync(connection, $"""
            SELECT rel.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
            JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """))
        {
            lines.Add($"constraint {c[0]} {c[1]} {c[2]}");
        }

        foreach (var i in await QueryAsync(connection, $"SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        {
            lines.Add($"index {i[0]} {i[1]}");
        }

        lines.RemoveAll(line => IsEfTable(line.Split(' ', 3)[1]));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    internal static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
