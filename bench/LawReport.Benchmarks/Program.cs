using LawReport.Benchmarks;

return args.Length > 0 && args[0] == "import"
    ? ImportBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, Console.Out)
    : RenderBenchmark.Run(args, Console.Out);
