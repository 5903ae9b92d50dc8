from numcheck.cli import run

if __name__ == "__main__":  # not when a worker process (Dask, spawn) re-imports it
    run()
