using Microsoft.EntityFrameworkCore;

namespace LawReport.Infrastructure.Instances;

/// <summary>
/// Who runs a piece of periodic work (the deadline reminders, the e-mail outbox) until when. Several
/// portal instances share one database; each round, every instance tries to claim the lease, and only
/// the one holding it does the work — so each reminder and each e-mail is produced once, whatever the
/// number of instances. A lease that is not renewed (its holder stopped) passes to another instance
/// when it runs out.
/// </summary>
public sealed class WorkLease
{
    public const int NameMaxLength = 100;
    public const int HolderMaxLength = 200;

    private WorkLease()
    {
    }

    public string Name { get; private set; } = "";

    public string Holder { get; private set; } = "";

    public DateTimeOffset Until { get; private set; }

    internal static WorkLease Create(string name) => new() { Name = name, Until = DateTimeOffset.MinValue };
}

/// <summary>Claims and renews leases with one conditional update, atomic on every provider.</summary>
public static class WorkLeases
{
    /// <summary>This process's name as a lease holder: machine, process and a random part, unique per start.</summary>
    public static string ThisInstance { get; } = NewHolderName();

    public static string NewHolderName()
    {
        var name = $"{Guid.NewGuid():N}/{Environment.ProcessId}@{Environment.MachineName}";
        return name.Length <= WorkLease.HolderMaxLength ? name : name[..WorkLease.HolderMaxLength];
    }

    /// <summary>
    /// Takes or renews the lease <paramref name="name"/> for <paramref name="holder"/> until
    /// <paramref name="now"/> + <paramref name="duration"/>; true when this holder has it now.
    /// </summary>
    public static async Task<bool> TryClaimAsync(
        Data.AppDbContext db, string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var until = now + duration;
        var claimed = await db.WorkLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.Until < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.Until, until), cancellationToken);
        if (claimed == 1)
        {
            return true;
        }

        if (await db.WorkLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        // The first round ever: create the row (free), then claim it like any other; if another instance
        // created it at the same moment, the unique key refuses the second row and the claim decides.
        try
        {
            db.WorkLeases.Add(WorkLease.Create(name));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        return await db.WorkLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.Until < now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.Until, until), cancellationToken) == 1;
    }
}
