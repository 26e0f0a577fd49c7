using BenchmarkDotNet.Running;

// Run one benchmark class with: dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*Figure*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
