import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

from .sandbox import resolve, set_roots

mcp = FastMCP("cinder-files")


def configure(roots: list[str]) -> None:
    if not roots:
        raise SystemExit("usage: cinder-files-mcp DIR [DIR...]")
    set_roots(roots)


@mcp.tool()
def read_text_file(path: str, head: int | None = None, tail: int | None = None) -> str:
    """Read a text file inside the allowed directories.

    Args:
        path: File to read.
        head: Only return the first N lines.
        tail: Only return the last N lines.
    """
    lines = resolve(path).read_text(encoding="utf-8").splitlines()
    if head is not None:
        lines = lines[:head]
    if tail is not None:
        lines = lines[-tail:]
    return "\n".join(lines)


@mcp.tool()
def list_directory(path: str = ".") -> list[dict]:
    """List the entries of a directory with their type and size.

    Args:
        path: Directory to list.
    """
    entries = []
    for entry in sorted(resolve(path).iterdir()):
        entries.append(
            {
                "name": entry.name,
                "type": "dir" if entry.is_dir() else "file",
                "size": entry.stat().st_size if entry.is_file() else None,
            }
        )
    return entries


@mcp.tool()
def search_files(root: str, pattern: str, max_results: int = 100) -> list[str]:
    """Find files whose name matches a glob pattern, searching recursively.

    Args:
        root: Directory to start from.
        pattern: Glob such as *.md or report-*.csv.
        max_results: Stop after this many matches.
    """
    matches = []
    for match in resolve(root).rglob(pattern):
        matches.append(str(match))
        if len(matches) >= max_results:
            break
    return matches


@mcp.tool()
def write_file(path: str, content: str, overwrite: bool = False) -> str:
    """Write text to a file. An existing file is replaced only when overwrite is true.

    Args:
        path: File to write.
        content: The complete text of the file.
        overwrite: Replace the file if it already exists.
    """
    target = resolve(path)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{path} exists; pass overwrite=true to replace it")
    target.write_text(content, encoding="utf-8")
    return f"Wrote {len(content)} characters to {target}"


@mcp.tool()
def create_directory(path: str) -> str:
    """Create a directory, including missing parents.

    Args:
        path: Directory to create.
    """
    resolve(path).mkdir(parents=True, exist_ok=True)
    return "ok"


@mcp.tool()
def move_file(source: str, destination: str) -> str:
    """Move or rename a file or directory.

    Args:
        source: Existing path.
        destination: New path; must not exist yet.
    """
    src, dst = resolve(source), resolve(destination)
    if dst.exists():
        raise FileExistsError(destination)
    shutil.move(src, dst)
    return f"Moved to {dst}"


@mcp.tool(
    annotations=ToolAnnotations(destructiveHint=True, idempotentHint=True),
)
def delete_path(path: str, recursive: bool = False) -> str:
    """Delete a file, or a directory tree when recursive is true.

    Args:
        path: File or directory to delete.
        recursive: Required to delete a non-empty directory.
    """
    target = resolve(path)
    if target.is_dir():
        if recursive:
            shutil.rmtree(target)
        else:
            target.rmdir()
    else:
        Path(target).unlink()
    return f"Deleted {target}"
