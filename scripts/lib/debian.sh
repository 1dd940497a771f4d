# Sourced by the set-up scripts: install Debian packages when something is missing.
# Root runs apt-get directly; anyone else only with passwordless sudo (never a password prompt:
# the scripts must run unattended on CI).

# True when this user may run apt-get; sets the `sudo` array used by apt_install.
can_apt() {
  if [[ "$(id -u)" -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    return 1
  fi
  command -v apt-get >/dev/null 2>&1
}

_apt_updated=""
# apt_install PACKAGE...: without recommends (Chromium's pull in a desktop); the package
# lists are fetched once per script run, as a fresh machine has none.
apt_install() {
  if [[ -z "$_apt_updated" ]]; then
    "${sudo[@]}" apt-get update -qq
    _apt_updated=1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
