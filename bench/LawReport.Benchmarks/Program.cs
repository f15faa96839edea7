using LawReport.Benchmarks;

return RenderBenchmark.Run(args, Console.Out);
