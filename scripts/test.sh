#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, checks
# formatting and lints, then runs every test (unit, integration, Redis, headless browser).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
# Redis tests start real servers and a cluster; the package pulls in redis-tools
# (redis-cli for `--cluster create`, redis-benchmark for docs/performance.md).
command -v redis-server >/dev/null || need+=(redis-server)
# The rediss:// test makes its certificates with the openssl command.
command -v openssl >/dev/null || need+=(openssl)
if ((${#need[@]})); then
    echo "installing: ${need[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# axe-core, the accessibility checker tests/page.rs runs in Chromium, from npm into
# target/npm (Node.js and npm come with the machine; Debian's packages otherwise).
AXE_VERSION=4.14.1
if ! grep -qs "\"version\": \"$AXE_VERSION\"" target/npm/node_modules/axe-core/package.json; then
    if ! command -v npm >/dev/null; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    npm install --prefix target/npm --no-audit --no-fund --loglevel=error "axe-core@$AXE_VERSION"
fi

cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo bench --no-run
cargo test --release
