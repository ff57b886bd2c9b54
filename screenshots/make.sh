#!/bin/sh
# Regenerates every PNG in screenshots/ from the real app (the jar's --screenshot path), with throw-away settings so
# the developer's own hosts never appear. Uses Xvfb when it is installed, else JavaFX's headless renderer.
set -eu
cd "$(dirname "$0")/.."
[ -f target/bootdeck.jar ] || mvn -B -q -DskipTests package
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT

shot() { # shot FILE ARGS...
  out=$1; shift
  if command -v xvfb-run >/dev/null 2>&1; then
    XDG_CONFIG_HOME="$cfg" XDG_STATE_HOME="$cfg" xvfb-run -a -s "-screen 0 1280x800x24" \
      java -jar target/bootdeck.jar --screenshot "$out" "$@"
  else
    env -u DISPLAY XDG_CONFIG_HOME="$cfg" XDG_STATE_HOME="$cfg" java -jar target/bootdeck.jar --screenshot "$out" "$@"
  fi
  echo "wrote $out"
}

# the window as a newcomer first sees it: the demo host's deployments (light and dark)
shot screenshots/deployments-light.png --demo --light
shot screenshots/deployments-dark.png --demo --dark
# the whole deployments page (scrolled content), to show every section at once
shot screenshots/deployments-full-light.png --demo --light --node deployments-content
shot screenshots/deployments-full-dark.png --demo --dark --node deployments-content
shot screenshots/activity-light.png --demo --light --tab activity
# the Project tab on the bundled sample (first run: nothing configured), at the file with a lint warning
shot screenshots/project-editor-light.png --light --tab project --open quadlet/vector.image
shot screenshots/project-editor-dark.png --dark --tab project --open quadlet/vector.image
