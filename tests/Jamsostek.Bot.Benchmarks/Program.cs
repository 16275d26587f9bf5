using BenchmarkDotNet.Running;
using Jamsostek.Bot.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(QueueBenchmarks).Assembly).Run(args);
