using System.Collections.Concurrent;

namespace LawReport.Web.Authorization;

/// <summary>
/// Rate limiting of failed sign-ins (ASVS 2.2.1, 等保 2.0 8.1.4.1 d): per client address and per account
/// name typed, a sliding window of failures. Over either limit the sign-in form answers 429 with
/// <c>Retry-After</c> before any password is checked, so guessing costs time whatever account is aimed
/// at, even one that does not exist. Identity's lockout (5 wrong passwords for an existing account) is
/// separate and still applies. In memory: one portal process serves a city (a second instance would
/// have its own counts, which only makes each limit per instance).
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Failures from one address in <see cref="Window"/>: an office behind one NAT address mistypes too.</summary>
    public const int MaxFailuresPerAddress = 20;

    /// <summary>Failures for one account name in <see cref="Window"/>: above the lockout's 5, so lockout is told first.</summary>
    public const int MaxFailuresPerAccount = 10;

    private const int MaxKeys = 50_000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string address, string userName)
    {
        var now = time.GetUtcNow();
        var byAddress = Wait(AddressKey(address), MaxFailuresPerAddress, now);
        var byAccount = Wait(AccountKey(userName), MaxFailuresPerAccount, now);
        return byAddress is null ? byAccount : byAccount is null ? byAddress : (byAddress > byAccount ? byAddress : byAccount);
    }

    public void RecordFailure(string address, string userName)
    {
        var now = time.GetUtcNow();
        if (_failures.Count > MaxKeys)
        {
            Purge(now);
        }

        Add(AddressKey(address), now);
        Add(AccountKey(userName), now);
    }

    private static string AddressKey(string address) => "ip:" + address;

    private static string AccountKey(string userName) => "user:" + userName.Trim().ToUpperInvariant();

    private TimeSpan? Wait(string key, int limit, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            Trim(queue, now);
            if (queue.Count < limit)
            {
                return null;
            }

            // The window slides: one more try once the oldest failure that keeps the count at the limit is out.
            var oldest = queue.ElementAt(queue.Count - limit);
            return oldest + Window - now;
        }
    }

    private void Add(string key, DateTimeOffset now)
    {
        var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Trim(queue, now);
            queue.Enqueue(now);
        }
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset now)
    {
        while (queue.Count > 0 && queue.Peek() <= now - Window)
        {
            queue.Dequeue();
        }
    }

    private void Purge(DateTimeOffset now)
    {
        foreach (var (key, queue) in _failures)
        {
            lock (queue)
            {
                Trim(queue, now);
                if (queue.Count == 0)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }
}
