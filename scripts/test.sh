#!/usr/bin/env bash
# Runs the whole test suite. Placeholder: the RabbitMQ/PostgreSQL install steps land with the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Pipeline.sln
