#!/bin/sh
# Fetches CQE's NewsQuant test set into this folder, at the commit our scores are published for, and checks it.
# It is not in git: it carries no licence that allows us to redistribute it (README.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
commit=190c0ce409ce0acedc0eec82b9dadbd5336bf852
sha=ed1cb78a81d7e69f07236c7a96cd63940069997d4c32923c784194f1f8e34e35
target="$here/NewsQuant.json"
if [ -f "$target" ] && echo "$sha  $target" | sha256sum -c --status; then
  echo "$target is already the expected version"
  exit 0
fi
curl -fsSL -o "$target.part" "https://raw.githubusercontent.com/satya77/CQE_Evaluation/$commit/data/formatted_test_set/NewsQuant.json"
echo "$sha  $target.part" | sha256sum -c --quiet
mv "$target.part" "$target"
echo "fetched $target"
