"""All ORM tables. Importing this package registers every table on ``Base.metadata``
(Alembic and the tests rely on that)."""

from qaclient.storage.models import (
    audit,
    calibration,
    coaching,
    disputes,
    evaluations,
    listening,
    recordings,
    reports,
    rubrics,
    sync,
    users,
)
from qaclient.storage.models.audit import AuditEvent
from qaclient.storage.models.base import Base, Synced, Tracked, new_id
from qaclient.storage.models.calibration import (
    CalibrationCall,
    CalibrationParticipant,
    CalibrationSession,
)
from qaclient.storage.models.coaching import (
    CoachingAction,
    CoachingClip,
    CoachingSession,
    ReportCache,
    ScorecardEvent,
)
from qaclient.storage.models.disputes import CentreSetting, Dispute
from qaclient.storage.models.evaluations import (
    Evaluation,
    EvaluationComment,
    EvaluationItemScore,
    EvaluationSectionScore,
)
from qaclient.storage.models.listening import ListeningEvent
from qaclient.storage.models.recordings import Assignment, Call, ImportBatch, SampleBatch
from qaclient.storage.models.reports import ReportErrorSum, ReportItemSum, ReportSectionSum
from qaclient.storage.models.rubrics import RubricVersion
from qaclient.storage.models.sync import (
    DeferredIndex,
    SyncBase,
    SyncConflict,
    SyncRefusal,
    SyncState,
)
from qaclient.storage.models.users import Role, User

__all__ = [
    "CalibrationCall",
    "CalibrationParticipant",
    "CalibrationSession",
    "CentreSetting",
    "DeferredIndex",
    "Dispute",
    "Assignment",
    "Call",
    "ImportBatch",
    "SampleBatch",
    "AuditEvent",
    "CoachingAction",
    "CoachingClip",
    "CoachingSession",
    "ReportCache",
    "ReportErrorSum",
    "ReportItemSum",
    "ReportSectionSum",
    "ScorecardEvent",
    "Base",
    "Evaluation",
    "EvaluationComment",
    "EvaluationItemScore",
    "EvaluationSectionScore",
    "ListeningEvent",
    "Role",
    "RubricVersion",
    "Synced",
    "SyncBase",
    "SyncConflict",
    "SyncRefusal",
    "SyncState",
    "Tracked",
    "User",
    "audit",
    "calibration",
    "coaching",
    "disputes",
    "evaluations",
    "listening",
    "new_id",
    "recordings",
    "reports",
    "rubrics",
    "sync",
    "users",
]
