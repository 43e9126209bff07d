# The stack's images, built on this machine: no registry is ever reachable (sourced by stack.sh).
#
#   opsconsole/host-usr:1           a base of symlinks into /usr, /etc/passwd and /etc/group, /tmp;
#                                   services mount the host's /usr read-only and run Debian's binaries
#   fragrance-ai/app:0.1.0, 0.2.0   the API binary and its version (0.2.0: the bad release)
#   fragrance-ai/worker:0.1.0, 0.2.0  the Celery worker module and its version
#
# Each image carries a fingerprint of its build context (label opsconsole.context): a restart
# rebuilds only what changed, and builds from the same context are skipped.

BASE_IMAGE=opsconsole/host-usr:1
APP_VERSIONS=(0.1.0 0.2.0)
BAD_VERSION=0.2.0
IMAGES_BUILT=0

# context_hash DIR [EXTRA...]: a fingerprint of a folder's names, links, modes and contents.
context_hash() {
  local dir=$1; shift
  {
    (cd "$dir" && find . -printf '%y %m %p %l\n' | sort && find . -type f -print0 | sort -z | xargs -0 -r sha256sum)
    printf '%s\n' "$@"
  } | sha256sum | cut -c1-16
}

image_current() {
  [ "$(docker_ image inspect -f '{{index .Config.Labels "opsconsole.context"}}' "$1" 2>/dev/null)" = "$2" ]
}

build_base_image() {
  local root=$STATE/images/base
  rm -rf "$root"; mkdir -p "$root/etc" "$root/tmp" "$root/usr"
  chmod 1777 "$root/tmp"
  ln -s usr/bin "$root/bin"; ln -s usr/lib "$root/lib"; ln -s usr/lib64 "$root/lib64"; ln -s usr/sbin "$root/sbin"
  cp /etc/passwd /etc/group "$root/etc/"
  local hash; hash=$(context_hash "$root")
  if image_current "$BASE_IMAGE" "$hash"; then return; fi
  # tini (from the host's /usr) as PID 1 of every container: signals reach the service, zombies are reaped.
  tar -C "$root" --numeric-owner --owner=0 --group=0 -cf - . |
    docker_ import -c 'ENTRYPOINT ["/usr/bin/tini", "--"]' \
      -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      -c "LABEL opsconsole.context=$hash" - "$BASE_IMAGE" >/dev/null
  IMAGES_BUILT=$((IMAGES_BUILT + 1))
  log "image $BASE_IMAGE"
}

# build_image TAG CONTEXT_DIR BUILD_ARG...
build_image() {
  local tag=$1 dir=$2; shift 2
  local base_id args=() a
  base_id=$(docker_ image inspect -f '{{.Id}}' "$BASE_IMAGE")
  local hash; hash=$(context_hash "$dir" "$base_id" "$@")
  if image_current "$tag" "$hash"; then return; fi
  for a in "$@"; do args+=(--build-arg "$a"); done
  DOCKER_BUILDKIT=0 docker_ build -q -t "$tag" --label "opsconsole.context=$hash" "${args[@]}" "$dir" >/dev/null \
    || die "docker build of $tag failed"
  IMAGES_BUILT=$((IMAGES_BUILT + 1))
  log "image $tag"
}

# copy_if_changed SRC DST: keeps the file's timestamp when nothing changed.
copy_if_changed() { cmp -s "$1" "$2" || cp "$1" "$2"; }

build_images() {
  [ -x "$SIM_BIN" ] || die "the API simulator is not built: $SIM_BIN
  (cmake --build $BUILD_DIR --target opsconsole-stacksim)"
  build_base_image
  local app=$STATE/images/app worker=$STATE/images/worker v defect
  mkdir -p "$app" "$worker"
  copy_if_changed "$SIM_BIN" "$app/fragrance-api"
  copy_if_changed "$ROOT/scripts/stack/images/app.Dockerfile" "$app/Dockerfile"
  copy_if_changed "$ROOT/tools/workers/fragrance_worker.py" "$worker/fragrance_worker.py"
  copy_if_changed "$ROOT/scripts/stack/images/worker.Dockerfile" "$worker/Dockerfile"
  for v in "${APP_VERSIONS[@]}"; do
    defect=""; [ "$v" = "$BAD_VERSION" ] && defect=bad-release
    build_image "fragrance-ai/app:$v" "$app" "VERSION=$v" "DEFECT=$defect"
    build_image "fragrance-ai/worker:$v" "$worker" "VERSION=$v"
  done
}
