using Pipeline.Evaluation.Commands;

return await EvaluationCommandLine.Create().Parse(args).InvokeAsync();
