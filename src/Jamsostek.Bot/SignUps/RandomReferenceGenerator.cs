using System.Security.Cryptography;

namespace Jamsostek.Bot.SignUps;

/// <summary>"BPU-XXXX-XX" from 32 letters and digits without the look-alikes 0, O, 1 and I (about 10^9 values; a unique index catches the rare clash).</summary>
public sealed class RandomReferenceGenerator : IReferenceGenerator
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public string Next()
    {
        Span<char> code = stackalloc char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"BPU-{code[..4]}-{code[4..]}";
    }
}
