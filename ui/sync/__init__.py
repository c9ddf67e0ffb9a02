"""Sync in the desktop app: a status widget for the main window, the background worker that
runs :class:`qaclient.sync.engine.SyncEngine` off the GUI thread, and the settings fields.

Integration (main window)::

    from ui.sync import SyncController, SyncStatusWidget
    self.sync = SyncController(local_url=str(col.engine.url), actor=col.actor, parent=self)
    self.statusBar().addPermanentWidget(SyncStatusWidget(self.sync))
    self.sync.start()          # first sync now, then every interval; never blocks the GUI
    # and after a sync pulled rows: self.sync.synced.connect(self.refresh_views)
    # menu "Take my assignments offline": OfflineCheckoutDialog(local_url, col.actor, self).start()
"""

from ui.sync.checkout import CheckoutWorker, OfflineCheckoutDialog
from ui.sync.settings import SyncSettingsWidget
from ui.sync.status import SyncStatusWidget
from ui.sync.worker import SyncController, SyncState, SyncWorker

__all__ = [
    "CheckoutWorker",
    "OfflineCheckoutDialog",
    "SyncController",
    "SyncSettingsWidget",
    "SyncState",
    "SyncStatusWidget",
    "SyncWorker",
]
