#!/usr/bin/env bash
# Node 24 LTS for FIT on a machine whose Node is older, from the npm registry's `node` package (official binaries,
# nothing downloaded from elsewhere), cached in ~/.cache/fit-node24. npm itself then runs on that Node too.
#   scripts/node24.sh npm ci          run one command with Node 24
#   source scripts/node24.sh          put Node 24 first on PATH for this shell
FIT_NODE_VERSION=24.21.0
fit_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(fit_node_major)" -lt 24 ]; then
  fit_node_dir=${XDG_CACHE_HOME:-$HOME/.cache}/fit-node24
  if [ "$("$fit_node_dir/node_modules/.bin/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != 24 ]; then
    echo "installing Node $FIT_NODE_VERSION from the npm registry into $fit_node_dir" >&2
    mkdir -p "$fit_node_dir" && (cd "$fit_node_dir" && { [ -f package.json ] || npm init -y >/dev/null; } &&
      npm i --no-audit --no-fund --save-exact "node@$FIT_NODE_VERSION" >/dev/null) ||
      { echo "could not install Node $FIT_NODE_VERSION from the npm registry" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$fit_node_dir/node_modules/.bin:$PATH"
fi
# Executed with a command: run it; sourced: PATH is set for the caller.
if ! (return 0 2>/dev/null) && [ $# -gt 0 ]; then exec "$@"; fi
