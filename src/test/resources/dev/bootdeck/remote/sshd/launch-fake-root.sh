#!/bin/sh
# Test harness, run as root inside `unshare --mount --pid --fork --kill-child --propagation private`: builds a
# private root for one fake host from this machine's /usr and /etc with the test's layers on top (read-only
# overlays), its own /sysroot, tmpfs /run, /tmp and /var, then either runs sshd chrooted into it ("sshd") or one
# command ("exec CMD..."). Every mount lives in the private mount namespace and disappears with it, and the PID
# namespace makes sure no process of the fake host outlives it; nothing on the machine itself is changed.
#   launch-fake-root.sh WORKDIR sshd|exec [CMD...]
# WORKDIR holds: root/ (empty mount point) usr/ etc/ (layers) sysroot/ (optional) conf/ (sshd config and keys)
set -eu
W=$1
MODE=$2
shift 2
R=$W/root
mount -t tmpfs -o mode=755 bootdeck-fake-root "$R"
for d in usr etc dev proc tmp run var sysroot root home bootdeck-test; do mkdir -p "$R/$d"; done
for d in bin sbin lib lib32 lib64 libx32; do
    if [ -L "/$d" ]; then ln -s "$(readlink "/$d")" "$R/$d"
    elif [ -d "/$d" ]; then mkdir -p "$R/$d"; mount --bind "/$d" "$R/$d"
    fi
done
mount -t overlay bootdeck-usr -o "lowerdir=$W/usr:/usr" "$R/usr"
mount -t overlay bootdeck-etc -o "lowerdir=$W/etc:/etc" "$R/etc"
mount --rbind /dev "$R/dev"
mount -t proc proc "$R/proc"
mount -t tmpfs -o mode=1777 bootdeck-tmp "$R/tmp"
mount -t tmpfs -o mode=755 bootdeck-run "$R/run"
mkdir -p "$R/run/sshd"
mount -t tmpfs -o mode=755 bootdeck-var "$R/var"
mkdir -p "$R/var/tmp" "$R/var/lib" "$R/var/log"
chmod 1777 "$R/var/tmp"
ln -s /run "$R/var/run"
if [ -d "$W/sysroot" ]; then
    mount --bind "$W/sysroot" "$R/sysroot"
    ln -s sysroot/ostree "$R/ostree"
fi
if [ -d "$W/conf" ]; then mount --bind "$W/conf" "$R/bootdeck-test"; fi
case $MODE in
    sshd) exec chroot "$R" /usr/sbin/sshd -D -e -f /bootdeck-test/sshd_config ;;
    exec)
        # not exec'd: the command must not be the PID namespace's init, which ignores signals such as KILL
        chroot "$R" "$@"
        exit $?
        ;;
    *) echo "unknown mode $MODE" >&2; exit 2 ;;
esac
