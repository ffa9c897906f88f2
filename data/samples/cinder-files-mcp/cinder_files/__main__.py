import sys

from .server import configure, mcp


def main() -> None:
    configure(sys.argv[1:])
    mcp.run()


if __name__ == "__main__":
    main()
