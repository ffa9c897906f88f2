"""Keeps every path inside the allowed roots."""

from pathlib import Path

_roots: list[Path] = []


def set_roots(paths: list[str]) -> None:
    _roots.clear()
    _roots.extend(Path(p).expanduser().resolve() for p in paths)


def resolve(path: str) -> Path:
    candidate = Path(path).expanduser()
    if not candidate.is_absolute() and _roots:
        candidate = _roots[0] / candidate
    resolved = candidate.resolve()
    if not any(resolved == root or root in resolved.parents for root in _roots):
        raise PermissionError(f"{path} is outside the allowed directories")
    return resolved
