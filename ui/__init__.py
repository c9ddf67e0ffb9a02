"""The Qt application (PySide6): presents the core services of ``qaclient``."""

from ui import qtcompat as _qtcompat

# before any widget emits a signal: see ui/qtcompat.py (PySide6 6.12 emit refcount bug)
_qtcompat.install()
