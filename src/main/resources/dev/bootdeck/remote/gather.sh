# bootdeck inspection script, version 1. Run as root (directly or through sudo) with
#   sh -c "$SCRIPT" bootdeck-gather NONCE      (bootdeck sends the script on stdin to a short sh -c wrapper)
# One run gathers everything bootdeck shows about a bootc host; bootdeck parses it locally.
#
# Output: marker lines "@@bootdeck NONCE KIND key=value ...", each followed by zero or more lines of base64.
# Every value taken from the host (paths, names, link targets, file contents, command output) is base64, so no
# file or command output can forge a marker. The last line is "@@bootdeck NONCE end"; without it the output was
# cut off. Needs only POSIX sh, coreutils (base64, head, readlink, mktemp, wc, tr; timeout if present), bootc,
# podman and systemctl: no bash, python or jq.
N=${1:?usage: gather NONCE}
exec </dev/null
umask 077
LC_ALL=C
export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
MAXFILE=1048576
T=$(mktemp -d 2>/dev/null) || T=$(mktemp -d /var/tmp/bootdeck.XXXXXX 2>/dev/null) || T=
if [ -n "$T" ]; then
    trap 'rm -rf "$T"' EXIT
    trap 'exit 129' HUP
    trap 'exit 143' TERM
fi
TO=
if command -v timeout >/dev/null 2>&1; then TO="timeout 120"; fi

mark() { printf '@@bootdeck %s %s\n' "$N" "$*"; }
enc() { printf '%s' "$1" | base64 | tr -d '\n'; }

# run ID COMMAND...: one command's exit code, stdout and stderr
run() {
    _id=$1
    shift
    if [ -z "$T" ]; then
        mark "cmd id=$_id rc=125 stream=stderr"
        printf 'bootdeck: no temporary directory\n' | base64
        return 125
    fi
    $TO "$@" >"$T/out" 2>"$T/err"
    _rc=$?
    mark "cmd id=$_id rc=$_rc stream=stdout"
    base64 <"$T/out"
    mark "cmd id=$_id rc=$_rc stream=stderr"
    base64 <"$T/err"
    return $_rc
}

# resolve ROOT PATH: sets RES to PATH resolved inside ROOT the way bootc opens it (RESOLVE_IN_ROOT): absolute link
# targets start again at ROOT, ".." never climbs above ROOT, at most 40 links. Returns 2 on a link loop.
resolve() {
    _root=$1
    _rest=$2
    _cur=
    _hops=0
    while [ -n "$_rest" ]; do
        case $_rest in
            /*) _rest=${_rest#/}; continue ;;
            */*) _comp=${_rest%%/*}; _rest=${_rest#*/} ;;
            *) _comp=$_rest; _rest= ;;
        esac
        case $_comp in
            '' | .) continue ;;
            ..) _cur=${_cur%/*}; continue ;;
        esac
        if [ -L "$_root$_cur/$_comp" ]; then
            _hops=$((_hops + 1))
            if [ "$_hops" -gt 40 ]; then return 2; fi
            _t=$(readlink -- "$_root$_cur/$_comp"; echo x)
            _t=${_t%??}
            case $_t in /*) _cur= ;; esac
            if [ -n "$_rest" ]; then _rest=$_t/$_rest; else _rest=$_t; fi
        else
            _cur=$_cur/$_comp
        fi
    done
    RES=$_cur
    return 0
}

# entry ROOT DIRREL NAME: one entry of a bound-images.d, its link target, and the file it resolves to
entry() {
    _r=$1
    _full=$_r$2/$3
    _target=
    if [ -L "$_full" ]; then
        _type=link
        _target=$(readlink -- "$_full"; echo x)
        _target=${_target%??}
    elif [ -f "$_full" ]; then _type=file
    elif [ -d "$_full" ]; then _type=dir
    else _type=other
    fi
    _res=
    _state=none
    _size=0
    if [ $_type = link ] || [ $_type = file ]; then
        if resolve "$_r" "$2/$3"; then
            _res=$RES
            if [ ! -e "$_r$_res" ]; then _state=dangling
            elif [ -d "$_r$_res" ]; then _state=isdir
            elif [ ! -f "$_r$_res" ]; then _state=notfile
            elif [ ! -r "$_r$_res" ]; then _state=unreadable
            else
                _state=ok
                _size=$(wc -c <"$_r$_res" | tr -d ' ')
            fi
        else
            _state=loop
        fi
    fi
    mark "entry deploy=$(enc "$_r") name=$(enc "$3") type=$_type target=$(enc "$_target") resolved=$(enc "$_res") state=$_state size=$_size"
    if [ $_state = ok ]; then head -c $MAXFILE -- "$_r$_res" | base64; fi
}

# bounddir ROOT: the deployment's usr/lib/bootc/bound-images.d and every entry in it
bounddir() {
    if ! resolve "$1" usr/lib/bootc/bound-images.d; then
        mark "bidir deploy=$(enc "$1") state=loop"
        return 0
    fi
    _rel=$RES
    _dir=$1$_rel
    if [ ! -e "$_dir" ] && [ ! -L "$_dir" ]; then _st=absent
    elif [ ! -d "$_dir" ]; then _st=notdir
    elif [ ! -r "$_dir" ] || [ ! -x "$_dir" ]; then _st=unreadable
    else _st=present
    fi
    mark "bidir deploy=$(enc "$1") state=$_st"
    if [ $_st != present ]; then return 0; fi
    for _e in "$_dir"/* "$_dir"/.*; do
        _n=${_e##*/}
        case $_n in . | ..) continue ;; esac
        if [ -e "$_e" ] || [ -L "$_e" ]; then entry "$1" "$_rel" "$_n"; fi
    done
}

mark "begin v=1 uid=$(id -u)"
run bootc-version bootc --version
run status bootc status --format=json --format-version=1
if [ $? -eq 2 ]; then
    # bootc without --format-version, then without --format (clap exits 2 on an unknown option)
    run status-format bootc status --format=json
    if [ $? -eq 2 ]; then run status-json bootc status --json; fi
fi

# Every ostree deployment root; bootdeck matches them to the status entries by stateroot, checksum and serial.
for d in /sysroot/ostree/deploy/*/deploy/*; do
    if [ ! -d "$d" ] || [ -L "$d" ]; then continue; fi
    if [ -r "$d" ] && [ -x "$d" ]; then r=yes; else r=no; fi
    mark "deploy path=$(enc "$d") readable=$r"
    if [ $r = yes ]; then bounddir "$d"; fi
done

# bootc's image store. "bootc image cmd list" is bootc's own view; podman with the store as a read-only additional
# image store (an empty private --root) is the fallback for bootc versions without it. The store is never written.
if [ -d /usr/lib/bootc/storage/ ]; then
    mark "store state=present"
    if ! run images-bootc bootc image cmd list --format=json; then
        if [ -n "$T" ]; then mkdir -p "$T/root" "$T/run"; fi
        run images-podman podman --root "$T/root" --runroot "$T/run" \
            --storage-opt=additionalimagestore=/usr/lib/bootc/storage image list --format=json
    fi
else
    mark "store state=absent"
fi

run timer systemctl is-active bootc-fetch-apply-updates.timer
if [ -e /etc/ostree/auth.json ]; then a=yes; else a=no; fi
mark "file path=$(enc /etc/ostree/auth.json) exists=$a"
mark end
