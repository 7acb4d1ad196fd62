"""Find the documents of a batch: files, folders, globs and archive members.

Everything is read in memory; archives are never unpacked to disk. Each input
document becomes one `InputDoc`: either its bytes, or the reason it was refused
(an unsafe archive member, an absurd size or compression ratio, an unreadable
file). Folder recursion takes text-like files (see TEXT_SUFFIXES) and archives and
skips hidden entries; a file named explicitly is always taken, whatever its suffix.
"""
from __future__ import annotations

import glob
import os
import stat
import tarfile
import zipfile
from zlib import error as zlib_error
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Iterable, Iterator

MAX_MEMBER_BYTES = 50 * 1024 * 1024      # larger members are refused, not read
MAX_RATIO = 100                          # uncompressed/compressed beyond this is a bomb
RATIO_MIN_BYTES = 1024 * 1024            # ratios of small members are harmless
MAX_FILE_BYTES = 200 * 1024 * 1024       # plain files larger than this are refused

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xml", ".csv", ".tsv"})
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
GLOB_CHARS = frozenset("*?[")


@dataclass
class InputDoc:
    """One input document: its display source and either its bytes or why it was refused."""

    source: str
    data: bytes | None = None
    error: str | None = None


@dataclass
class Discovery:
    """What the paths named: the document references, plus counts of what was passed over."""

    refs: list["DocRef"]
    ignored: int = 0          # non-text files inside folders/archives
    missing: list[str] | None = None


@dataclass(frozen=True)
class DocRef:
    """A document not yet read: a plain file, or a member of an archive."""

    source: str
    path: str                 # filesystem path of the file or the archive
    member: str | None = None # archive member name
    error: str | None = None  # refused at discovery


def is_archive(name: str) -> bool:
    low = name.lower()
    return low.endswith(ARCHIVE_SUFFIXES)


def is_texty(name: str) -> bool:
    suffix = PurePosixPath(name).suffix.lower()
    return suffix in TEXT_SUFFIXES or suffix == ""


def _hidden(parts: Iterable[str]) -> bool:
    return any(p.startswith(".") and p not in (".", "..") for p in parts) or any(p == "__MACOSX" for p in parts)


def unsafe_member_name(name: str) -> str | None:
    """Why an archive member name is refused (escapes the archive), else None."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return "absolute path"
    if any(part == ".." for part in norm.split("/")):
        return "path escapes the archive (..)"
    if "\x00" in norm:
        return "NUL in member name"
    return None


def _display(path: str) -> str:
    return path


# ---------------------------------------------------------------- discovery

def discover(paths: Iterable[str], exclude: Iterable[str] = ()) -> Discovery:
    """List every document the paths name, in a stable order, without reading file bodies.

    `exclude` holds directories never to descend into (the batch's own output)."""
    excluded = {os.path.realpath(p) for p in exclude}
    refs: list[DocRef] = []
    seen: set[str] = set()
    missing: list[str] = []
    ignored = 0

    def add_file(path: str, explicit: bool) -> None:
        nonlocal ignored
        real = os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        if is_archive(path):
            members, n_ignored = _list_archive(path)
            ignored += n_ignored
            refs.extend(members)
        elif explicit or is_texty(path):
            refs.append(DocRef(source=_display(path), path=path))
        else:
            ignored += 1

    def walk(folder: str) -> None:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and os.path.realpath(os.path.join(root, d)) not in excluded)
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = os.path.join(root, name)
                try:
                    mode = os.stat(full).st_mode
                except OSError:
                    refs.append(DocRef(source=full, path=full, error="cannot stat file"))
                    continue
                if stat.S_ISREG(mode):
                    add_file(full, explicit=False)

    for raw in paths:
        raw = str(raw)
        if os.path.isdir(raw):
            walk(raw)
        elif os.path.exists(raw):
            add_file(raw, explicit=True)
        elif GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                missing.append(raw)
            for match in matches:
                if os.path.isdir(match):
                    walk(match)
                elif os.path.basename(match).startswith("."):
                    continue
                else:
                    add_file(match, explicit=True)
        else:
            missing.append(raw)
    return Discovery(refs=refs, ignored=ignored, missing=missing)


def _list_archive(path: str) -> tuple[list[DocRef], int]:
    """References for each member of an archive (refused ones carry an error)."""
    try:
        if path.lower().endswith(".zip"):
            return _list_zip(path)
        return _list_tar(path)
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
        return [DocRef(source=path, path=path, error=f"unreadable archive: {exc}")], 0


def _member_ref(path: str, name: str) -> DocRef | None | bool:
    """A ref for a refused member, False to ignore it silently, None to examine further."""
    source = f"{path}!{name}"
    why = unsafe_member_name(name)
    if why:
        return DocRef(source=source, path=path, member=name, error=f"refused archive member: {why}")
    parts = name.replace("\\", "/").split("/")
    if _hidden(parts):
        return False
    return None


def _admit_member(path: str, name: str, refs: list[DocRef]) -> bool:
    """The checks every archive member gets first: True to go on with it; a refused member is
    recorded in `refs` as an error, a hidden one is dropped."""
    pre = _member_ref(path, name)
    if pre is not None and pre is not False:
        refs.append(pre)
    return pre is None


def _list_zip(path: str) -> tuple[list[DocRef], int]:
    refs: list[DocRef] = []
    ignored = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = info.filename
            if not _admit_member(path, name, refs):
                continue
            if not is_texty(name):
                ignored += 1
                continue
            source = f"{path}!{name}"
            error = None
            if info.file_size > MAX_MEMBER_BYTES:
                error = f"refused archive member: {info.file_size} bytes uncompressed exceeds {MAX_MEMBER_BYTES}"
            elif info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size / max(info.compress_size, 1)
                error = f"refused archive member: compression ratio {ratio:.0f} exceeds {MAX_RATIO}"
            elif info.flag_bits & 0x1:
                error = "refused archive member: encrypted"
            refs.append(DocRef(source=source, path=path, member=name, error=error))
    return refs, ignored


def _tar_ratio_error(path: str, total: int) -> str | None:
    try:
        packed = os.path.getsize(path)
    except OSError:
        return None
    if total >= RATIO_MIN_BYTES and total > MAX_RATIO * max(packed, 1):
        return f"refused archive: compression ratio {total / max(packed, 1):.0f} exceeds {MAX_RATIO}"
    return None


def _list_tar(path: str) -> tuple[list[DocRef], int]:
    refs: list[DocRef] = []
    ignored = 0
    total = 0
    with tarfile.open(path, mode="r:*") as tf:
        for info in tf:
            if info.isdir():
                continue
            name = info.name
            if not _admit_member(path, name, refs):
                continue
            source = f"{path}!{name}"
            if info.issym() or info.islnk():
                refs.append(DocRef(source=source, path=path, member=name, error="refused archive member: link"))
                continue
            if not info.isfile():
                refs.append(DocRef(source=source, path=path, member=name,
                                   error="refused archive member: not a regular file"))
                continue
            if not is_texty(name):
                ignored += 1
                continue
            error = None
            if info.size > MAX_MEMBER_BYTES:
                error = f"refused archive member: {info.size} bytes uncompressed exceeds {MAX_MEMBER_BYTES}"
            else:
                total += info.size
            refs.append(DocRef(source=source, path=path, member=name, error=error))
    bomb = _tar_ratio_error(path, total)
    if bomb:
        refs = [r if r.error else DocRef(r.source, r.path, r.member, bomb) for r in refs]
    return refs, ignored


# ---------------------------------------------------------------- reading

def _read_limited(fh, limit: int) -> bytes | None:
    """At most `limit` bytes; None when there is more (sizes in headers can lie)."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


def read_documents(refs: list[DocRef]) -> Iterator[tuple[DocRef, InputDoc]]:
    """Read each referenced document in order, opening every archive once."""
    i = 0
    n = len(refs)
    while i < n:
        ref = refs[i]
        if ref.member is None or ref.error:
            yield ref, _read_one(ref)
            i += 1
            continue
        j = i
        while j < n and refs[j].path == ref.path and refs[j].member is not None:
            j += 1
        yield from _read_archive_run(refs[i:j])
        i = j


def _read_one(ref: DocRef) -> InputDoc:
    if ref.error:
        return InputDoc(source=ref.source, error=ref.error)
    try:
        size = os.path.getsize(ref.path)
        if size > MAX_FILE_BYTES:
            return InputDoc(source=ref.source, error=f"refused: {size} bytes exceeds {MAX_FILE_BYTES}")
        with open(ref.path, "rb") as fh:
            return InputDoc(source=ref.source, data=fh.read())
    except IsADirectoryError:
        return InputDoc(source=ref.source, error="is a directory, not a file")
    except FileNotFoundError:
        return InputDoc(source=ref.source, error="no such file (vanished during the batch)")
    except OSError as exc:
        return InputDoc(source=ref.source, error=f"cannot read: {exc.strerror or exc}")


def _read_archive_run(run: list[DocRef]) -> Iterator[tuple[DocRef, InputDoc]]:
    yielded: set[str] = set()
    try:
        for ref, doc in _archive_members(run):
            yielded.add(ref.source)
            yield ref, doc
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError) as exc:
        for ref in run:                       # whatever was not yet read gets the archive's error
            if ref.source not in yielded:
                yield ref, InputDoc(source=ref.source, error=f"unreadable archive: {exc}")


def _archive_members(run: list[DocRef]) -> Iterator[tuple[DocRef, InputDoc]]:
    path = run[0].path
    for ref in run:
        if ref.error:
            yield ref, InputDoc(source=ref.source, error=ref.error)
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for ref in run:
                if ref.error:
                    continue
                try:
                    with zf.open(ref.member) as fh:
                        data = _read_limited(fh, MAX_MEMBER_BYTES)
                except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, KeyError,
                        EOFError, ValueError, zlib_error) as exc:
                    yield ref, InputDoc(source=ref.source, error=f"unreadable archive member: {exc}")
                    continue
                if data is None:
                    yield ref, InputDoc(source=ref.source,
                                        error=f"refused archive member: more than {MAX_MEMBER_BYTES} bytes")
                else:
                    yield ref, InputDoc(source=ref.source, data=data)
        return
    # tar: stream through the members in archive order
    wanted = {r.member: r for r in run if not r.error}
    done: set[str] = set()
    with tarfile.open(path, mode="r:*") as tf:
        for info in tf:
            ref = wanted.get(info.name)
            if ref is None or ref.source in done or not info.isfile():
                continue
            fh = tf.extractfile(info)
            data = _read_limited(fh, MAX_MEMBER_BYTES) if fh is not None else None
            done.add(ref.source)
            if data is None:
                yield ref, InputDoc(source=ref.source, error="refused archive member: unreadable or too large")
            else:
                yield ref, InputDoc(source=ref.source, data=data)
    for ref in wanted.values():
        if ref.source not in done:
            yield ref, InputDoc(source=ref.source, error="archive member vanished during the batch")
