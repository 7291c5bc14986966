#!/usr/bin/env bash
# Serves a release folder with nginx on 127.0.0.1, in the foreground, with the configuration in
# deploy/nginx/ (the one a region deploys: headers, caching, pre-compressed files):
#
#   scripts/nginx.sh <root-dir> <port> [frame-ancestor...]
#   scripts/nginx.sh dist 8080 https://www.zel.nl
#
# frame-ancestor: a site that may show the app in a frame (scheme://host[:port]), besides the
# app's own origin; more may come space-separated in VERWIJSWIJZER_FRAME_ANCESTORS.
#
# Needs no root: the generated configuration, pid file, logs and temp folders are all under
# target/nginx/<port>/. Stops on Ctrl+C or SIGTERM (exec: this script's pid is nginx's master).
# Used by scripts/serve.sh, scripts/bench.sh and Playwright's webServer (playwright.config.mjs).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

fail() { echo "nginx.sh: $*" >&2; exit 1; }

[ $# -ge 2 ] || fail "gebruik: scripts/nginx.sh <map> <poort> [frame-ancestor...]"
root_arg="$1"
port="$2"
shift 2

[[ "$port" =~ ^[0-9]{1,5}$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || fail "ongeldige poort: $port"
[ -d "$root_arg" ] || fail "map $root_arg bestaat niet (bouw eerst: ./scripts/build.sh)"
root="$(cd "$root_arg" && pwd)"
[ -f "$root/index.html" ] || fail "$root/index.html ontbreekt (bouw eerst: ./scripts/build.sh)"

# Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH.
nginx=$(PATH="$PATH:/usr/sbin" command -v nginx) || fail "nginx ontbreekt; draai eerst ./scripts/setup.sh"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -f "$module" ] || fail "$module ontbreekt (libnginx-mod-http-brotli-static); draai eerst ./scripts/setup.sh"

# The frame-ancestors list: 'self' and each site given, checked to be a plain origin so that
# nothing else can end up in the header.
ancestors="'self'"
read -r -a from_env <<< "${VERWIJSWIJZER_FRAME_ANCESTORS:-}"
for site in ${from_env[@]+"${from_env[@]}"} "$@"; do
  [ "$site" = "'self'" ] && continue
  [[ "$site" =~ ^https?://(\*\.)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$ ]] \
    || fail "ongeldige frame-ancestor: $site (verwacht scheme://host[:poort], bijvoorbeeld https://www.zel.nl)"
  case " $ancestors " in *" $site "*) ;; *) ancestors="$ancestors $site" ;; esac
done

prefix="$repo/target/nginx/$port"
# Paths go into the configuration inside double quotes: refuse what nginx would read there as
# the end of the string, an escape or a variable.
for path in "$root" "$prefix"; do
  case "$path" in *[\"\\\$$'\n']*) fail "pad met tekens die nginx anders leest: $path" ;; esac
done

mkdir -p "$prefix/tmp"
rm -rf "$prefix/verwijswijzer"
cp -R "$repo/deploy/nginx/verwijswijzer" "$prefix/verwijswijzer"

# Run as root (CI), nginx's master hands its workers to the user `nobody`, who may be unable to
# read the repository or write the temp folders. The workers stay root instead: this server
# listens on 127.0.0.1 only, serves files the job already owns, and the job runs as root anyway.
# As any other user nginx cannot switch users, and the directive would only warn.
user_line="# user: not switched (nginx does not run as root)"
[ "$(id -u)" -eq 0 ] && user_line="user root root;  # scripts/nginx.sh runs as root (CI): see there"

conf="$(<"$repo/deploy/nginx/local.conf.template")"
conf="${conf//@USER@/"$user_line"}"
conf="${conf//@PREFIX@/"$prefix"}"
conf="${conf//@PORT@/"$port"}"
conf="${conf//@ROOT@/"$root"}"
conf="${conf//@FRAME_ANCESTORS@/"$ancestors"}"
printf '%s\n' "$conf" > "$prefix/nginx.conf"

echo "nginx: http://127.0.0.1:$port/ serveert $root (frame-ancestors $ancestors; config en logboeken in target/nginx/$port/)"
exec "$nginx" -p "$prefix/" -c "$prefix/nginx.conf" -e stderr
