"""A vdir: a folder of .ics files, one calendar object each, as khal and vdirsyncer keep them.

vdirsyncer's vdir spec: an item is a file `<name>.ics` holding one calendar object; files whose
name starts with "." are hidden or temporary and ignored, as is everything not ending in ".ics"
(`color`, `displayname` and other metadata files). The ETag is a hash of the bytes, never a
modification time. Writes are atomic: a temporary file in the same folder is fsynced and renamed;
a new item is linked into place so that a file created meanwhile by someone else is detected.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from .base import ConflictError, ConnectorError, SourceItem, content_etag, item_name
from .ics import fsync_dir, os_reason, write_atomically, write_temporary
from .ics_collection import remove_leftovers

#: vdir spec: items end in ".ics"; names starting with "." are hidden or temporary.
SUFFIX = ".ics"

#: link(2) errors meaning "no hard links on this file system": create with O_EXCL instead.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


class VdirStore:
    """A vdir as an item store (Source and Target). A missing folder reads as empty."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()

    def __repr__(self) -> str:
        return f"VdirStore({str(self.path)!r})"

    # --- Source ------------------------------------------------------------------------------

    def read(self, start: object = None, end: object = None) -> list[SourceItem]:
        """Every item, sorted by name: a folder has no index, so the window is ignored."""
        return self.read_items()

    # --- Target ------------------------------------------------------------------------------

    def read_items(self) -> list[SourceItem]:
        items = []
        for name in sorted(self._names()):
            data = self._current(name)
            if data is not None:  # removed between listing and reading: gone
                items.append(SourceItem(name, data, content_etag(data)))
        return items

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        current = self._current(name)
        if current == data:
            return content_etag(data)
        if etag is None and current is not None:
            raise ConflictError(f"{name!r} already exists", str(self.path))
        if etag is not None and (current is None or content_etag(current) != etag):
            raise ConflictError(f"{name!r} changed or vanished since it was read", str(self.path))
        if etag is None:
            self._create(name, data)
        else:
            write_atomically(self._file(name), data)
        return content_etag(data)

    def delete(self, name: str, etag: str) -> None:
        current = self._current(name)
        if current is None or content_etag(current) != etag:
            raise ConflictError(f"{name!r} changed or vanished since it was read", str(self.path))
        try:
            self._file(name).unlink()
        except FileNotFoundError:
            raise ConflictError(f"{name!r} vanished since it was read", str(self.path)) from None
        except OSError as exc:
            raise ConnectorError(
                f"cannot delete {name!r}: {os_reason(exc)}", str(self.path)
            ) from exc
        fsync_dir(self.path)

    def name_for(self, uid: str) -> str:
        """vdir convention: the file is named after the UID ("<uid>.ics", unsafe characters hashed)."""
        return item_name(uid)

    def flush(self) -> None:
        """Every write is durable when put or delete returns; a killed run's temp files go."""
        remove_leftovers(self.path)

    # --- files -------------------------------------------------------------------------------

    def _names(self) -> Iterator[str]:
        try:
            entries = list(os.scandir(self.path))
        except FileNotFoundError:
            return
        except OSError as exc:
            raise ConnectorError(
                f"cannot list the folder: {os_reason(exc)}", str(self.path)
            ) from exc
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.endswith(SUFFIX):
                continue
            with contextlib.suppress(OSError):  # a dangling link or a file removed meanwhile
                if entry.is_file():
                    yield entry.name

    def _file(self, name: str) -> Path:
        """The path of item `name`; a name that is not a plain visible "*.ics" file is refused."""
        if (
            not name.endswith(SUFFIX)
            or name.startswith(".")
            or "/" in name
            or "\\" in name
            or "\0" in name
            or (os.altsep and os.altsep in name)
        ):
            raise ConnectorError(f"{name!r} is not a vdir item name (<name>.ics)", str(self.path))
        return self.path / name

    def _current(self, name: str) -> bytes | None:
        path = self._file(name)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ENOTDIR:  # the vdir "folder" is a file
                raise ConnectorError("not a folder", str(self.path)) from exc
            raise ConnectorError(f"cannot read: {os_reason(exc)}", str(path)) from exc

    def _create(self, name: str, data: bytes) -> None:
        """Create an item that must not exist: link a complete temp file into place (vdirsyncer).

        link(2) fails when the name exists, so a file someone else created since we looked is
        never overwritten (If-None-Match: *); on a file system without hard links, O_EXCL does it.
        """
        path = self._file(name)
        tmp_name = ""
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            tmp_name = write_temporary(self.path, name, data)
            try:
                os.link(tmp_name, path)
            except FileExistsError:
                raise ConflictError(
                    f"{name!r} was created since it was read", str(self.path)
                ) from None
            except OSError as exc:
                if exc.errno not in _NO_LINKS:
                    raise
                _create_exclusive(path, data)
            fsync_dir(self.path)
        except FileExistsError:
            raise ConflictError(f"{name!r} was created since it was read", str(self.path)) from None
        except NotADirectoryError as exc:
            raise ConnectorError("not a folder", str(self.path)) from exc
        except OSError as exc:
            raise ConnectorError(
                f"cannot write {name!r}: {os_reason(exc)}", str(self.path)
            ) from exc
        finally:
            if tmp_name:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)


def _create_exclusive(path: Path, data: bytes) -> None:
    """O_CREAT | O_EXCL: the fallback where hard links are not supported (FAT, some FUSE mounts)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
