using LawReport.Domain.Audit;
using LawReport.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Audit;

/// <summary>What a walk of the audit chain found.</summary>
/// <param name="Checked">Sealed entries whose MAC was checked.</param>
/// <param name="Unsealed">Entries written before the chain existed (at its start; they carry no MAC).</param>
/// <param name="LastSequence">The last entry's place; write it down to notice entries removed from the end.</param>
/// <param name="Problem">The first entry found changed, removed or inserted, in Chinese; null when the chain holds.</param>
/// <param name="ProblemEntryId">The id of the entry <paramref name="Problem"/> names, when it names one.</param>
public sealed record AuditChainReport(int Checked, int Unsealed, long LastSequence, string? Problem, long? ProblemEntryId)
{
    public bool IsIntact => Problem is null;

    public string Describe() => IsIntact
        ? $"审计日志校验链完整：已校验 {Checked} 条" + (Unsealed > 0 ? $"，另有 {Unsealed} 条早于校验链、无校验码" : "") + $"；最后序号 {LastSequence}。"
        : $"审计日志校验链被破坏：{Problem}";
}

/// <summary>
/// The hash chain over the audit log (ADR-020): each entry's MAC covers its content, its place and the
/// previous entry's MAC, so changing, removing or inserting an entry breaks the chain at that entry.
/// The portal's auditor page and <c>lawreport audit verify</c> both walk it here.
/// </summary>
public sealed class AuditChain(AuditKeyRing keys)
{
    private const int BatchSize = 1_000;

    /// <summary>The place and MAC of the last entry, to chain the next one to.</summary>
    public static async Task<(long Sequence, string Mac)> LastAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var last = await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Mac })
            .FirstOrDefaultAsync(cancellationToken);
        return last is null ? (0, "") : (last.Sequence, last.Mac);
    }

    public static (long Sequence, string Mac) Last(DbContext db)
    {
        var last = db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Mac })
            .FirstOrDefault();
        return last is null ? (0, "") : (last.Sequence, last.Mac);
    }

    /// <summary>Seals new entries after the last one, in the order given.</summary>
    public void Seal(IEnumerable<AuditEntry> entries, (long Sequence, string Mac) last)
    {
        var (sequence, mac) = last;
        foreach (var entry in entries)
        {
            sequence++;
            mac = keys.Sign(mac, AuditEntry.ChainContent(entry, sequence));
            entry.Seal(sequence, mac);
        }
    }

    /// <summary>
    /// Walks the whole log in order of place, in batches, and stops at the first break. The chain starts
    /// at place 1 with an empty previous MAC (or, after an archive, at the place and MAC the archive
    /// recorded: <paramref name="start"/>).
    /// </summary>
    public async Task<AuditChainReport> VerifyAsync(AppDbContext db, (long Sequence, string Mac)? start = null, CancellationToken cancellationToken = default)
    {
        var (previousSequence, previousMac) = start ?? (0, "");
        int checkedCount = 0, unsealed = 0;
        while (true)
        {
            var after = previousSequence;
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return new AuditChainReport(checkedCount, unsealed, previousSequence, null, null);
            }

            foreach (var entry in batch)
            {
                if (entry.Sequence != previousSequence + 1)
                {
                    var missing = entry.Sequence == previousSequence + 2
                        ? $"第 {previousSequence + 1} 号"
                        : $"第 {previousSequence + 1}–{entry.Sequence - 1} 号";
                    return Broken($"记录 #{entry.Id}（序号 {entry.Sequence}）之前的{missing}记录缺失：已被删除。", entry);
                }

                if (!entry.IsSealed)
                {
                    if (checkedCount > 0)
                    {
                        return Broken($"记录 #{entry.Id}（序号 {entry.Sequence}）没有校验码：是绕过系统插入的记录。", entry);
                    }

                    unsealed++;
                }
                else
                {
                    var verified = keys.Verify(entry.Mac, previousMac, AuditEntry.ChainContent(entry, entry.Sequence));
                    if (verified is null)
                    {
                        return Broken($"记录 #{entry.Id}（序号 {entry.Sequence}）的校验码所用密钥（{entry.Mac.Split(':')[0]}）不在密钥环中：密钥未配置，或是伪造的记录。", entry);
                    }

                    if (verified is false)
                    {
                        return Broken($"记录 #{entry.Id}（序号 {entry.Sequence}）的校验码不符：该记录被修改，或是绕过系统插入的记录。", entry);
                    }

                    checkedCount++;
                }

                previousSequence = entry.Sequence;
                previousMac = entry.Mac;
            }
        }

        AuditChainReport Broken(string problem, AuditEntry entry) => new(checkedCount, unsealed, previousSequence, problem, entry.Id);
    }
}
