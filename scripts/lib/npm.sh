# Sourced by the set-up scripts: install what a pinned npm lockfile says, once.
# Needs scripts/lib/debian.sh sourced first (for Debian's npm when it is missing).

# npm_ci PIN_DIR INSTALL_DIR NAME: `npm ci` of PIN_DIR's package.json and package-lock.json into
# INSTALL_DIR (exactly the lockfile, integrity-checked; --ignore-scripts: the published builds
# need no build step). Idempotent: a stamp of the lockfile's hash means no network call once
# installed. Returns 1, saying why, when npm is missing and cannot be installed.
npm_ci() {
  local pin_dir="$1" install_dir="$2" name="$3"
  local stamp
  stamp="$install_dir/.installed-$(cat "$pin_dir/package.json" "$pin_dir/package-lock.json" | sha256sum | cut -c1-16)"
  [[ -f "$stamp" ]] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    if ! can_apt; then
      echo "$name: npm is not installed and this user cannot run apt-get (apt-get install npm, then run this again)." >&2
      return 1
    fi
    echo "$name: installing Debian's npm..."
    apt_install npm
  fi
  echo "$name: installing the npm packages pinned in ${pin_dir#"${repo_root:-}"/}/package-lock.json into ${install_dir#"${repo_root:-}"/}"
  mkdir -p "$install_dir"
  cp "$pin_dir/package.json" "$pin_dir/package-lock.json" "$install_dir/"
  npm ci --prefix "$install_dir" --ignore-scripts --no-audit --no-fund --loglevel=error
  rm -f "$install_dir"/.installed-*
  touch "$stamp"
}
