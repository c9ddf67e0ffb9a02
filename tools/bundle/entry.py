"""The bundled app's entry point (PyInstaller runs this file as ``__main__``)."""

import os
import sys

# Windows' qaclientw.exe (no console) has no standard streams (None): the app's
# ``print(..., file=sys.stderr)`` must not fail there; its log file has the details.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from qaclient.cli.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
