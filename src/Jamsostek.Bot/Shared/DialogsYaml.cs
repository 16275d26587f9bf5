using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Bot.Shared;

/// <summary>
/// A host's texts file in dialogs/ (reminders, sponsor invitations), read as YAML with snake_case keys: an unreadable
/// file or bad YAML becomes an <see cref="InvalidDataException"/> naming the file, which the start-up check prints
/// before the bot refuses to start.
/// </summary>
public static class DialogsYaml
{
    public static string Read(string dialogsFolder, string fileName)
    {
        try
        {
            return File.ReadAllText(Path.Combine(dialogsFolder, fileName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{fileName}: {ex.Message}", ex);
        }
    }

    public static T? Deserialize<T>(string yaml, string fileName)
        where T : class
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<T?>(yaml);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{fileName}: not valid YAML ({e.Start}): {e.Message}", e);
        }
    }
}
