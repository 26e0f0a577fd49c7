using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;

// Run one benchmark class with: dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*Figure*'
// CPU time per operation on a shared machine: dotnet run -c Release --project bench/Pipeline.Benchmarks -- cpu
if (args is ["cpu", .. var rest])
{
    CpuTimeMeasurement.Run(rest);
    return;
}

// Figures then claims of several builds of Pipeline.Analysis in turn, in one process, on a shared machine:
// dotnet run -c Release --project bench/Pipeline.Benchmarks -- compare-builds 60 ../base/src/Pipeline.Analysis/bin/Release/net10.0/Pipeline.Analysis.dll src/Pipeline.Analysis/bin/Release/net10.0/Pipeline.Analysis.dll
if (args is ["compare-builds", .. var buildArgs])
{
    BuildComparison.Run(buildArgs);
    return;
}

// The store's write rate, empty and with 100,000 articles: dotnet run -c Release --project bench/Pipeline.Benchmarks -- store-writes sqlite
if (args is ["store-writes", .. var storeArgs])
{
    StoreWriteMeasurement.Run(storeArgs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
