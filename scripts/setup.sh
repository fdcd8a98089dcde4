#!/usr/bin/env bash
# First command on a fresh machine: installs, builds, packs and lints the extension, then shows the
# engine working on the seed article. Safe to run again: every step starts from what is there.
#   bash scripts/setup.sh
# Expects the shared evaluation folder beside the repository (../shared), as in CI.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
shared="$repo/../shared"
export NO_UPDATE_NOTIFIER=1 # web-ext would otherwise ask the npm registry for its own updates

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nsetup: %s\n' "$*" >&2; exit 1; }

step "1/6 Node dependencies (npm ci)"
node -e 'const [major] = process.versions.node.split(".").map(Number); if (major < 20) { console.error(`Node ${process.versions.node} found, 20 or later needed`); process.exit(1); }'
trap 'rm -rf "${lint_json:-}" "${seed_dir:-}"' EXIT
npm ci --prefer-offline --no-audit --no-fund || fail "npm ci failed (see above)"

step "2/6 Browsers for the end-to-end tests"
# Each browser with its French resources: the UI-language test runs both in French, and Debian ships
# Chromium's translations (chromium-l10n) and Firefox's language packs (firefox-esr-l10n-*) apart.
packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-fr)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/lib/chromium/locales/fr.pak ] || missing+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -f /usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi ] || missing+=(firefox-esr-l10n-fr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "found /usr/bin/chromium and /usr/bin/firefox-esr, both with French"
elif [ "$(id -u)" -eq 0 ]; then
  echo "missing: ${missing[*]}; installing with apt-get"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
else
  echo "missing: ${missing[*]}. The end-to-end tests need them; as root run:"
  echo "  apt-get update && apt-get install -y ${packages[*]}"
fi

step "3/6 Build (chrome-mv3 and firefox-mv2 into .output/)"
npm run build

step "4/6 Store packages (npm run zip)"
npm run zip
ls -1 .output/*.zip

step "5/6 Firefox lint (web-ext lint, 0 errors required)"
lint_json="$(mktemp)"
# web-ext exits non-zero on errors; the verdict below comes from its JSON either way.
npx web-ext lint --source-dir .output/firefox-mv2 --output json --no-config-discovery >"$lint_json" || true
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const s = r.summary;
  console.log(`web-ext lint: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices`);
  for (const m of [...r.errors, ...r.warnings]) console.log(`  ${m._type}: ${m.code} ${m.file ?? ""} — ${m.message}`);
  process.exit(s.errors === 0 ? 0 : 1);
' "$lint_json" || fail "web-ext lint found errors in .output/firefox-mv2 (see above)"

step "6/6 The engine on the seed article (npm run analyze)"
[ -f "$shared/eval/dev/seed-fr.json" ] || fail "$shared/eval/dev/seed-fr.json not found: clone the repository beside the shared folder (…/main and …/shared side by side)"
[ -f scripts/analyze.ts ] || fail "scripts/analyze.ts (the command-line analyzer) is missing"
seed_dir="$(mktemp -d)"
seed_txt="$seed_dir/seed-fr.txt"
node -e 'const fs = require("fs"); fs.writeFileSync(process.argv[2], JSON.parse(fs.readFileSync(process.argv[1], "utf8")).text)' \
  "$shared/eval/dev/seed-fr.json" "$seed_txt"
npm run --silent analyze -- "$seed_txt"

printf '\nUnpacked builds, ready to load:\n'
printf '  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → %s\n' "$repo/.output/chrome-mv3"
printf '  Firefox:         about:debugging#/runtime/this-firefox → Load Temporary Add-on → %s\n' "$repo/.output/firefox-mv2/manifest.json"
printf 'Store packages:   %s\n' "$(ls -1 "$repo"/.output/*.zip | tr '\n' ' ')"
