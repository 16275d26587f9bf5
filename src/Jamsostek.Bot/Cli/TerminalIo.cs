using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Jamsostek.Bot.Cli;

/// <summary>Standard input, output and error of a CLI run; tests hand in string readers and writers.</summary>
public sealed record TerminalIo(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>How every verb's --json lines are written: web casing, Indonesian text unescaped.</summary>
    public static readonly JsonSerializerOptions LineJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TerminalIo FromConsole()
    {
        Console.InputEncoding = Encoding.UTF8;
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new TerminalIo(Console.In, Console.Out, Console.Error);
    }
}
