#!/bin/sh
# Builds a Debian package of bootdeck with the JDK's jpackage: a private runtime (jlink) with the JavaFX modules,
# the desktop entry, and a `bootdeck` launcher. Output: target/dist/bootdeck_<version>_amd64.deb (about 20 MB).
set -eu
cd "$(dirname "$0")/.."
command -v jpackage >/dev/null || { echo "build-deb.sh: jpackage not found (install a full JDK 17)" >&2; exit 2; }
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeGroupIds=org.openjfx -DoutputDirectory=target/javafx-mods
version=$(sed -n 's/^version=//p' target/classes/dev/bootdeck/version.properties | sed 's/-SNAPSHOT//')
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input target/dist
cp target/bootdeck.jar target/jpackage-input/
jpackage --type deb --name bootdeck --app-version "$version" \
  --description "Inspect bootc hosts and their logically bound images; edit and lint bootc image projects" \
  --vendor "bootdeck" --linux-shortcut --linux-menu-group "System" \
  --icon src/main/resources/dev/bootdeck/ui/bootdeck.png \
  --input target/jpackage-input --main-jar bootdeck.jar --main-class dev.bootdeck.app.Launcher \
  --module-path target/javafx-mods \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.management,java.net.http,java.sql,java.xml,jdk.crypto.ec,jdk.unsupported,javafx.controls,javafx.fxml,javafx.swing \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --linux-package-deps "libgtk-3-0, fonts-dejavu-core" \
  --dest target/dist
ls -l target/dist
