import multiprocessing

from frameworkqda.cli import main

if __name__ == "__main__":  # worker processes import this module too: they must not run main
    multiprocessing.freeze_support()  # a frozen bundle starts its import workers through here
    raise SystemExit(main())
