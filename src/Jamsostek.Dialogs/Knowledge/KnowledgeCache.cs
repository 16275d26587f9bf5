using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// One knowledge base and matcher a knowledge folder's content, shared by every engine of the process. Building the
/// matcher takes seconds and much memory (thousands of examples), and every host, test host and engine built one of
/// its own. The key is a hash of the folder's files (names and bytes, everything <see cref="KnowledgeBase.Load"/>
/// reads), not the path: a test that writes its own folder gets its own matcher, a copy of the shipped folder shares
/// the shipped one, and an edited file is a new key. Nothing reloads dialogs at run time; a restart reads them anew.
/// The shared matcher is immutable and safe for concurrent use; nobody disposes it (it lives as long as the process).
/// </summary>
public static class KnowledgeCache
{
    // A test process sees a few contents (the shipped folder and some written by tests); a bot sees one. Past this,
    // older entries are dropped (not disposed: an engine may still hold them; the collector frees them after).
    private const int MaxEntries = 8;

    private static readonly ConcurrentDictionary<string, Lazy<(KnowledgeBase Knowledge, KnowledgeMatcher Matcher)>> Built =
        new(StringComparer.Ordinal);

    private static long _builds;
    private static long _requests;

    /// <summary>How many matchers this process has built (each a cache miss).</summary>
    public static long Builds => Interlocked.Read(ref _builds);

    /// <summary>How many times one was asked for: without the cache, each was a build (seconds and a copy in memory).</summary>
    public static long Requests => Interlocked.Read(ref _requests);

    /// <summary>
    /// The knowledge base of <paramref name="directory"/> and its matcher (default threshold), built once for its content.
    /// A folder that does not load throws <see cref="KnowledgeBaseException"/> every time; a failure is never kept.
    /// </summary>
    public static (KnowledgeBase Knowledge, KnowledgeMatcher Matcher) Get(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Interlocked.Increment(ref _requests);
        if (!Directory.Exists(directory))
        {
            return Build(directory); // throws the loader's own "folder not found"
        }

        var key = Fingerprint(directory);
        var entry = Built.GetOrAdd(key, _ => new Lazy<(KnowledgeBase, KnowledgeMatcher)>(
            () => Build(directory), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var built = entry.Value;
            if (Fingerprint(directory) != key)
            {
                // A file changed while it was read: the content built is not surely the one hashed.
                Built.TryRemove(KeyValuePair.Create(key, entry));
            }

            Trim(key);
            return built;
        }
        catch
        {
            Built.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private static (KnowledgeBase, KnowledgeMatcher) Build(string directory)
    {
        var knowledge = KnowledgeBase.Load(directory);
        var matcher = KnowledgeMatcher.Build(knowledge);
        Interlocked.Increment(ref _builds);
        return (knowledge, matcher);
    }

    private static void Trim(string keep)
    {
        if (Built.Count <= MaxEntries)
        {
            return;
        }

        foreach (var key in Built.Keys.Where(k => k != keep).Take(Built.Count - MaxEntries))
        {
            Built.TryRemove(key, out _);
        }
    }

    /// <summary>SHA-256 over each <c>*.yaml</c> file's name and bytes, in name order: the same set <see cref="KnowledgeBase.Load"/> reads.</summary>
    private static string Fingerprint(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{Path.GetFileName(file)}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
