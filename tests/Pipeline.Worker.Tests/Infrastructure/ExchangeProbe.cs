using MassTransit;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>A message with a stable URN, to learn how MassTransit names the exchange of such a type.</summary>
[MessageUrn("pipeline-test:exchange-probe:v1")]
public sealed record ExchangeProbe(Guid Id, string Text);
