using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Jamsostek.Bot.Tests.Deploy;

/// <summary>
/// Docker is not available here: the deploy files are read as text and YAML and checked for what an operator relies
/// on (the migration before the replicas, health checks, nothing published but the proxy, no secret in the image).
/// </summary>
public sealed partial class DeployFilesTests
{
    private static readonly string Deploy = Path.Combine(Root(), "deploy");

    [Fact]
    public void Compose_RunsPostgresMigrateTwoBotReplicasAndAProxy_InThatOrder()
    {
        var services = Map(Compose(), "services");
        Assert.Equal(["bot", "migrate", "postgres", "proxy"], services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));

        var postgres = Map(services, "postgres");
        Assert.Contains("pg_isready", Text(Map(postgres, "healthcheck")), StringComparison.Ordinal);

        var migrate = Map(services, "migrate");
        Assert.Equal(["db", "migrate"], Seq(migrate, "command"));
        Assert.Equal("service_healthy", Scalar(Map(Map(migrate, "depends_on"), "postgres"), "condition"));
        Assert.Equal("no", Scalar(migrate, "restart"));

        var bot = Map(services, "bot");
        Assert.Equal(["serve"], Seq(bot, "command"));
        Assert.Equal("2", Scalar(Map(bot, "deploy"), "replicas"));
        Assert.Equal("service_completed_successfully", Scalar(Map(Map(bot, "depends_on"), "migrate"), "condition"));
        Assert.Contains("/healthz", Text(Map(bot, "healthcheck")), StringComparison.Ordinal);
        Assert.Equal(Scalar(migrate, "image"), Scalar(bot, "image")); // the image migrate built is the one the bots run

        var proxy = Map(services, "proxy");
        Assert.Equal(["443:443", "80:80"], Seq(proxy, "ports").Order(StringComparer.Ordinal));
        Assert.Equal("service_healthy", Scalar(Map(Map(proxy, "depends_on"), "bot"), "condition"));
    }

    [Fact]
    public void Compose_PublishesOnlyTheProxy_AndTakesEverySecretFromOutside()
    {
        var services = Map(Compose(), "services");
        foreach (var (name, service) in services.Children.Select(c => (c.Key.ToString(), (YamlMappingNode)c.Value)))
        {
            Assert.True(name == "proxy" || !service.Children.ContainsKey("ports"), $"{name} publishes a port");
            if (service.Children.TryGetValue("environment", out var environment))
            {
                foreach (var (key, value) in ((YamlMappingNode)environment).Children.Select(c => (c.Key.ToString(), c.Value.ToString())))
                {
                    Assert.False(SecretName().IsMatch(key) && !key.EndsWith("_FILE", StringComparison.Ordinal) && !value.StartsWith("${", StringComparison.Ordinal), $"{name}: {key} has a value in compose.yaml");
                }
            }
        }

        Assert.Equal(["settings.env"], Seq(Map(services, "bot"), "env_file"));
        Assert.Equal(["settings.env"], Seq(Map(services, "migrate"), "env_file"));
        Assert.Equal(["postgres_password"], Seq(Map(services, "postgres"), "secrets"));
        Assert.Equal("true", Scalar(Map(Map(Compose(), "networks"), "db"), "internal"));

        // The edge subnet is the one the bots believe X-Forwarded-* from.
        var subnet = Scalar((YamlMappingNode)((YamlSequenceNode)Map(Map(Map(Compose(), "networks"), "edge"), "ipam").Children[new YamlScalarNode("config")])[0], "subnet");
        Assert.Contains($"Proxy__KnownNetworks__0={subnet}", File.ReadAllText(Path.Combine(Deploy, "settings.sample.env")), StringComparison.Ordinal);
        Assert.Contains("settings.env", File.ReadAllLines(Path.Combine(Deploy, ".gitignore")));
    }

    [Fact]
    public void Dockerfile_BuildsWithTheSdk_RunsOnAspnetAsNonRoot_WithAHealthCheck_AndNoSecretBakedIn()
    {
        var lines = Instructions(File.ReadAllText(Path.Combine(Deploy, "Dockerfile")));
        var froms = lines.Where(l => l.Op == "FROM").Select(l => l.Args).ToList();
        Assert.Equal(2, froms.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 AS build", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", froms[1], StringComparison.Ordinal);

        var runtime = lines.SkipWhile(l => l.Args != froms[1]).ToList();
        var user = Assert.Single(runtime, l => l.Op == "USER").Args;
        Assert.DoesNotMatch("^(root|0)(:|$)", user);
        Assert.True(runtime.FindIndex(l => l.Op == "USER") < runtime.FindIndex(l => l.Op == "ENTRYPOINT"), "USER comes before the program starts");
        Assert.Contains("http://127.0.0.1:8080/healthz", Assert.Single(runtime, l => l.Op == "HEALTHCHECK").Args, StringComparison.Ordinal);
        Assert.Equal("[\"dotnet\", \"Jamsostek.Bot.dll\"]", Assert.Single(runtime, l => l.Op == "ENTRYPOINT").Args);

        foreach (var (op, args) in lines.Where(l => l.Op is "ENV" or "ARG" or "LABEL"))
        {
            foreach (Match pair in EnvPair().Matches(args))
            {
                Assert.False(SecretName().IsMatch(pair.Groups[1].Value), $"{op} {pair.Groups[1].Value} bakes a secret into the image");
            }
        }

        Assert.DoesNotContain(lines, l => l.Op is "COPY" or "ADD" && (l.Args.Contains(".env", StringComparison.Ordinal) || l.Args.Contains("secrets", StringComparison.Ordinal) || l.Args.Contains(".keys", StringComparison.Ordinal)));
        var ignored = File.ReadAllLines(Path.Combine(Deploy, "Dockerfile.dockerignore"));
        Assert.Contains("deploy/settings.env", ignored);
        Assert.Contains("deploy/secrets/", ignored);
        Assert.Contains("data/", ignored);
    }

    [Fact]
    public void SettingsSample_DocumentsEverySettingOfEveryOptionsClass()
    {
        var sample = File.ReadAllText(Path.Combine(Deploy, "settings.sample.env"));
        var settings = typeof(Program).Assembly.GetTypes().Append(typeof(Jamsostek.Bpu.EligibilityOptions))
            .Select(t => (Type: t, Section: Section(t)))
            .Where(x => x.Section is not null)
            .SelectMany(x => x.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{x.Section}__{p.Name}{(p.PropertyType.IsArray || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Dictionary<,>)) ? "__" : "=")}"))
            .ToList();

        Assert.True(settings.Count > 60, $"only {settings.Count} settings found: the reflection missed the options classes");
        Assert.All(settings, s => Assert.True(sample.Contains(s, StringComparison.Ordinal), $"{s} is not in deploy/settings.sample.env"));
        Assert.Contains("ConnectionStrings__Default=", sample, StringComparison.Ordinal);
    }

    private static string? Section(Type type) =>
        type == typeof(Jamsostek.Bpu.EligibilityOptions)
            ? "Eligibility"
            : type.Name.EndsWith("Options", StringComparison.Ordinal) && type.IsClass
                ? type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                    ?? type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                : null;

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, "compose.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> Seq(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    private static string Text(YamlNode node) => string.Join(' ', node.AllNodes.OfType<YamlScalarNode>().Select(n => n.Value));

    /// <summary>Dockerfile instructions with their continuation lines joined; comments dropped.</summary>
    private static List<(string Op, string Args)> Instructions(string dockerfile) =>
        dockerfile.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Op: l.Split(' ', 2)[0].ToUpperInvariant(), Args: Regex.Replace(l.Split(' ', 2).ElementAtOrDefault(1) ?? string.Empty, @"\s+", " ").Trim()))
            .ToList();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Jamsostek.Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex("(TOKEN|SECRET|PASSWORD|PASSWD|APIKEY|API_KEY|ACCESSKEY|CONNECTIONSTRING|KEYS__|PRIVATE)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=")]
    private static partial Regex EnvPair();
}
