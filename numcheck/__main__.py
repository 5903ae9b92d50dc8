import sys

from numcheck.cli import main

if __name__ == "__main__":  # not when a worker process (Dask, spawn) re-imports it
    sys.exit(main())
