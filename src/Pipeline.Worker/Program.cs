using Pipeline.Worker.Commands;

// Exit explicitly: a bus that never reached its broker can leave connection retries behind that would keep the
// process alive after the command has returned its exit code.
Environment.Exit(await PipelineCommandLine.RunProcessAsync(args));
