#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (headless Chromium for the browser tests,
# a CJK font for PDF agendas, gettext for translation catalogs), when they are missing.
set -euo pipefail
packages=()
command -v msgfmt >/dev/null || packages+=(gettext)
command -v chromium >/dev/null || packages+=(chromium)
command -v chromedriver >/dev/null || packages+=(chromium-driver)
[ -e /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || packages+=(fonts-wqy-zenhei)
command -v pdftoppm >/dev/null || packages+=(poppler-utils)
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing system packages: ${packages[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
