using System.Text;

namespace Jamsostek.Bot.Channels.Terminal;

/// <summary>Standard input, output and error of a CLI run; tests hand in string readers and writers.</summary>
public sealed record TerminalIo(TextReader In, TextWriter Out, TextWriter Error)
{
    public static TerminalIo FromConsole()
    {
        Console.InputEncoding = Encoding.UTF8;
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new TerminalIo(Console.In, Console.Out, Console.Error);
    }
}
