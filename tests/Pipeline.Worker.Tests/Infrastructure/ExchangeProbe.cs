using MassTransit;

namespace Pipeline.Worker.Tests.Infrastructure;

/// <summary>A message with a stable URN, to learn how MassTransit names the exchange of such a type.</summary>
[MessageUrn("pipeline-test:exchange-probe:v1")]
public sealed record ExchangeProbe(Guid Id, string Text);

/// <summary>The same with an explicit exchange name, the way to decouple the exchange from the CLR type's name.</summary>
[MessageUrn("pipeline-test:entity-named-probe:v1")]
[EntityName("pipeline-test.entity-named-probe.v1")]
public sealed record EntityNamedProbe(Guid Id);
