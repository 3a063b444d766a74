#!/usr/bin/env bash
# Lays out the MatInf Fiji update site in update-site/site/ from the output of
# `mvn package` (target/matinf-<version>.jar and target/lib/*.jar).
# Needs only a JDK 17 (javac + java); see update-site/README.md.
#
# Usage: update-site/build.sh [--timestamp yyyyMMddHHmmss]
#   Environment: MATINF_BUILD_DIR (default: <project>/target),
#                MATINF_SITE_DIR  (default: <project>/update-site/site)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MATINF_BUILD_DIR:-$root/target}"
site="${MATINF_SITE_DIR:-$root/update-site/site}"

shopt -s nullglob
jars=()
for jar in "$build"/matinf-*.jar; do
	case "$jar" in
		*-sources.jar|*-tests.jar|*-javadoc.jar|*-test-sources.jar) ;;
		*) jars+=("$jar") ;;
	esac
done
if [ ${#jars[@]} -ne 1 ]; then
	echo "Expected exactly one plugin jar $build/matinf-<version>.jar, found ${#jars[@]}: ${jars[*]:-none}." >&2
	echo "Run 'mvn clean package' first." >&2
	exit 1
fi
if [ ! -d "$build/lib" ]; then
	echo "Missing $build/lib (runtime dependencies); run 'mvn package' first." >&2
	exit 1
fi

# The generator lives with its test in src/test/java/org/matinf/site; compile
# it (not the test) into a scratch directory so that no Maven run is needed.
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
sources=()
for src in "$root"/src/test/java/org/matinf/site/*.java; do
	case "$src" in *Test.java|*IT.java) ;; *) sources+=("$src") ;; esac
done
javac -nowarn -d "$classes" "${sources[@]}"

java -cp "$classes" org.matinf.site.UpdateSiteBuilder \
	--plugin "${jars[0]}" --lib "$build/lib" --site "$site" \
	--fiji-shipped "$root/update-site/fiji-shipped.txt" "$@"
