using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Channels.WhatsApp;

/// <summary>
/// Checks X-Hub-Signature-256 ("sha256=" + hex HMAC-SHA256 of the raw body under the app secret) and the handshake's
/// verify token, both in constant time. Neither the secret nor the header is ever logged.
/// </summary>
public sealed class WhatsAppSignature(IOptions<WhatsAppOptions> options)
{
    private const string Prefix = "sha256=";

    public bool IsAuthentic(ReadOnlySpan<byte> body, string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal) || options.Value.AppSecret is not { Length: > 0 } secret)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        Span<byte> given = stackalloc byte[expected.Length];
        var hex = header.AsSpan(Prefix.Length);
        if (hex.Length != expected.Length * 2 || Convert.FromHexString(hex, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != expected.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public bool IsVerifyToken(string? token) =>
        token is not null && options.Value.VerifyToken is { Length: > 0 } expected
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected));

    /// <summary>The header Meta would send for this body (tests sign with it).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
