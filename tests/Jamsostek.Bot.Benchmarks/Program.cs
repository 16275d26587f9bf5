using BenchmarkDotNet.Running;
using Jamsostek.Bot.Benchmarks;

// "planning" is one measured pass (its own peak memory), not a BenchmarkDotNet run.
return args.FirstOrDefault() == "planning"
    ? await PlanningPassBenchmark.RunAsync(args[1..])
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(QueueBenchmarks).Assembly).Run(args);
    return 0;
}
