"""Entry point of both bundled programs: `benchapp` (windowed) and `benchapp-cli` (console).

Both run the same `benchapp` command (installer/benchapp.spec): without a subcommand the GUI,
with one the admin CLI.
"""

import os
import sys

# A windowed Windows program has no console: sys.stdout and sys.stderr are None, and anything
# that writes to them (argparse's --help, a library's warning) would raise.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from benchapp.cli import main

sys.exit(main())
