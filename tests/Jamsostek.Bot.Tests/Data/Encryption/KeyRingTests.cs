using Jamsostek.Bot.Data.Encryption;

namespace Jamsostek.Bot.Tests.Data.Encryption;

/// <summary>
/// The key file made at first start: several replicas on one machine start together (CI saw one fail with
/// "already exists"); all must end with the same keys, and nobody may read a half-written file.
/// </summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task Load_GivesEveryStarterTheSameKeys_WhenManyStartTogetherWithoutAKeyFile()
    {
        // A race: many rounds, so a window of a few microseconds shows (a move "without overwrite" failed 1 run in 5).
        for (var round = 0; round < 40; round++)
        {
            var folder = Path.Combine(Path.GetTempPath(), "jamsostek-keyring-" + Guid.NewGuid().ToString("N"));
            var keyFile = Path.Combine(folder, "jamsostek.keys");
            try
            {
                using var start = new Barrier(8);
                var rings = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return KeyRing.Load(new FieldProtectionOptions(), keyFile);
                })));

                var onDisk = KeyRing.Load(new FieldProtectionOptions(), keyFile).Keys["k1"];
                Assert.All(rings, r => Assert.Equal(onDisk, r.Keys["k1"]));
                Assert.Equal(["jamsostek.keys"], Directory.GetFiles(folder).Select(Path.GetFileName));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Save_ReplacesTheFileWhole_WhenANewKeyIsAdded()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jamsostek-keyring-" + Guid.NewGuid().ToString("N"));
        var keyFile = Path.Combine(folder, "jamsostek.keys");
        try
        {
            var rotated = KeyRing.Load(new FieldProtectionOptions(), keyFile).WithNewActiveKey();
            rotated.Save(keyFile);

            var reread = KeyRing.Load(new FieldProtectionOptions(), keyFile);
            Assert.Equal(("k2", "k1", 2), (reread.ActiveKey, reread.LookupKey, reread.Keys.Count));
            Assert.Equal(["jamsostek.keys"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
