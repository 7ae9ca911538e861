"""The frozen app's entry script: the same ``main`` as the ``localchat`` command."""

from __future__ import annotations

import multiprocessing
import sys

from localchat.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
