using LawReport.Benchmarks.PublicSearch;

return await SearchBenchmark.RunAsync(args, Console.Out);
