# The one release build of revq, sourced by every script that builds one (scripts/revq,
# install, package-deb and the benchmarks), so users, packages and figures run one binary.
# A static executable: the Swift runtime, Foundation, libedit, SQLite, Snowball's stemmer
# and the C library linked in, so a start does no dynamic loading or relocation (about 2.7
# million instructions, an eighth of a cold query; scripts/bench-startup shows it). Every
# script must pass these same flags: other flags would rebuild .build/release from scratch.
# Usage (after `root` is set):  source "$root/scripts/lib/release-build.sh"
#                               release_build revq "$log" || exit 1; bin="$(release_bin)/revq"
# REVQ_SCRATCH_PATH, when set, is the build folder (a benchmark of another checkout's build).
release_flags=(-c release --static-swift-stdlib -Xswiftc -static-executable)
# Linked by the toolchain's lld, each of revq's functions in a section of its own, in the
# order of scripts/lib/hot-symbols.txt (scripts/hot-symbols writes it): the functions a start
# runs sit together at the front of .text (with the unnamed ones, scripts/lib/hot-text.ld),
# so a start maps a few contiguous pages of the binary, not pages all over its 14 MB of
# code. A stale list only costs speed: names the binary no longer has are passed over
# without a word. (-function-sections goes through -Xfrontend: SwiftPM's incremental
# build does not know it as a driver flag and stops.) Without lld, gold links as before.
hot_symbols="$root/scripts/lib/hot-symbols.txt"
if [ -x "$(dirname "$(readlink -f "$(command -v swift)")")/ld.lld" ] && [ -f "$hot_symbols" ]; then
  release_flags+=(-Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -use-ld=lld
    -Xlinker "--symbol-ordering-file=$hot_symbols" -Xlinker --no-warn-symbol-ordering
    -Xlinker -T -Xlinker "$root/scripts/lib/hot-text.ld")
fi
[ -n "${REVQ_SCRATCH_PATH:-}" ] && release_flags+=(--scratch-path "$REVQ_SCRATCH_PATH")

# Builds PRODUCT (default revq), its compiler output to LOG (default: discarded); on failure
# prints the log and says so.
release_build() {
  local product="${1:-revq}" log="${2:-/dev/null}" scratch="${REVQ_SCRATCH_PATH:-$root/.build}" file
  # Swift's incremental build does not compile a module again when only flags such as
  # -function-sections changed: a release folder built with other flags is built anew.
  if [ -d "$scratch/release/" ] && [ "$(cat "$scratch/release-flags" 2>/dev/null)" != "${release_flags[*]}" ]; then
    rm -rf "$(readlink -f "$scratch/release")"
  fi
  # SwiftPM does not know the link reads these files: a binary older than one is linked again.
  for file in "$hot_symbols" "$root/scripts/lib/hot-text.ld"; do
    if [ -f "$file" ] && [ "$file" -nt "$scratch/release/$product" ]; then rm -f "$scratch/release/$product"; fi
  done
  if ! swift build "${release_flags[@]}" --package-path "$root" --product "$product" </dev/null >"$log" 2>&1; then
    [ "$log" = /dev/null ] || cat "$log" >&2
    echo "$(basename "$0"): the release build of $product failed" >&2
    return 1
  fi
  printf '%s\n' "${release_flags[*]}" >"$scratch/release-flags"
}

# The folder the release build's binaries are in.
release_bin() {
  swift build "${release_flags[@]}" --package-path "$root" --show-bin-path </dev/null
}
