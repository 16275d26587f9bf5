using BenchmarkDotNet.Running;
using Jamsostek.Bot.Benchmarks;

// "planning" is one measured pass (its own peak memory), "webhook" one crowd through the real webhook; not BenchmarkDotNet runs.
return args.FirstOrDefault() switch
{
    "planning" => await PlanningPassBenchmark.RunAsync(args[1..]),
    "webhook" => await Jamsostek.Bot.Benchmarks.Webhook.WebhookBenchmark.RunAsync(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QueueBenchmarks).Assembly).Run(args);
    return 0;
}
