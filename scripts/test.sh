#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs the servers the integration tests start privately (RabbitMQ,
# PostgreSQL), pika for the non-MassTransit subscriber, PyYAML for the deployment tests and CLD2 when missing, runs `dotnet test`, and ends with
# one line `N passed, N failed, N skipped` that CI reads. Exit code: dotnet test's.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test.sh: %s\n' "$*" >&2; }

# --- What the tests need from the system --------------------------------------------------------------------------
installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'; }
postgres_present() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

missing=()
if command -v dpkg >/dev/null; then
  for package in rabbitmq-server python3-pika python3-yaml libcld2-0; do
    installed "$package" || missing+=("$package")
  done
  # PostgreSQL binaries may come without the Debian package (CI images have them preinstalled); either will do.
  installed postgresql || postgres_present || missing+=(postgresql)
fi

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    say "missing packages: ${missing[*]}; install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
  say "installing ${missing[*]}"
  # The tests start their own servers; keep the packages' system services from starting during the install.
  policy=/usr/sbin/policy-rc.d
  added_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && added_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"
  status=$?
  ((added_policy)) && rm -f "$policy"
  if ((status != 0)); then
    say "apt-get install ${missing[*]} failed (exit $status)"
    exit "$status"
  fi
fi

# --- Environment ---------------------------------------------------------------------------------------------------
export MASSTRANSIT_USAGE_TELEMETRY=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# CLD2 allocates 56 KB per call; without this glibc trims and regrows the heap on every call (RECIPES).
export MALLOC_TRIM_THRESHOLD_=268435456

# Fixtures put their data folders here and mark the processes they start with PIPELINE_TEST_OWNER=<this folder>,
# so anything a crashed test host left behind can be found and stopped below. World-traversable: PostgreSQL runs
# as an unprivileged user when we are root.
PIPELINE_TEST_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pipeline-tests.XXXXXX")
chmod 755 "$PIPELINE_TEST_TMP"
export PIPELINE_TEST_TMP

our_processes() {
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid=${environ#/proc/}; pid=${pid%/environ}
    [[ $pid == "$$" ]] && continue
    if { tr '\0' '\n' <"$environ"; } 2>/dev/null | grep -qxF "PIPELINE_TEST_OWNER=$PIPELINE_TEST_TMP"; then
      echo "$pid"
    fi
  done
}

clean_up() {
  local pids
  pids=$(our_processes)
  if [[ -n $pids ]]; then
    say "stopping processes the tests left running: $(echo $pids)"
    kill -TERM $pids 2>/dev/null
    sleep 3
    pids=$(our_processes)
    [[ -n $pids ]] && kill -KILL $pids 2>/dev/null
  fi
  rm -rf "$PIPELINE_TEST_TMP"
}
trap clean_up EXIT

# --- Run -----------------------------------------------------------------------------------------------------------
results=TestResults
rm -rf "$results"
# A hung test host is stopped after 10 minutes and the test it was running is named, rather than eating CI's time.
dotnet test Pipeline.sln --logger trx --results-directory "$results" --blame-hang-timeout 10m --blame-hang-dump-type none
code=$?

# CI counts tests from this line; dotnet test prints none of its own.
passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx "$results"/*/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  count() { local value; value=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"); echo "${value:-0}"; }
  passed=$((passed + $(count passed)))
  run_failed=$(($(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  failed=$((failed + run_failed))
  # xunit's skipped tests are counted in total but not in executed (notExecuted stays 0).
  skipped=$((skipped + $(count total) - $(count executed)))
  # A crashed test host leaves a run marked failed with no failed test in it: count the run itself as one failure
  # so the line agrees with the exit code.
  if grep -q '<ResultSummary outcome="\(Failed\|Aborted\|Error\)"' "$trx" && ((run_failed == 0)); then
    say "$(basename "$trx"): the test run was aborted (test host crashed?); counted as one failure"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed, $skipped skipped"
if ((code == 0 && failed > 0)); then
  code=1
fi
exit "$code"
