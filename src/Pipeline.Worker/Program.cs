using Pipeline.Worker.Commands;

return await PipelineCommandLine.InvokeAsync(args);
