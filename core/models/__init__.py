"""All models, imported here so that Alembic and the metadata see every table."""

from core.models.announcements import (
    Announcement,
    AnnouncementClass,
    AnnouncementRead,
    AnnouncementStatus,
    AudienceKind,
    ClassGroup,
)
from core.models.attachment import Attachment, AttachmentKind
from core.models.base import Base
from core.models.events import (
    Answer,
    Event,
    EventClass,
    EventSlot,
    EventStatus,
    Rsvp,
    SlotSignup,
)
from core.models.infra import FsmRecord, OutboxMessage, OutboxStatus, ProcessedUpdate
from core.models.invite import Invite
from core.models.member import (
    Child,
    Identity,
    Member,
    MemberChild,
    MemberStatus,
    Role,
    RoleKind,
)
from core.models.school import CLASS_CODES, School, SchoolClass
from core.models.sel import (
    CATEGORIES,
    AccountKind,
    PostKind,
    PostStatus,
    RequestStatus,
    SelAccount,
    SelPost,
    SelRequest,
    SelTransfer,
    TransferKind,
)

__all__ = [
    "AccountKind",
    "Announcement",
    "AnnouncementClass",
    "AnnouncementRead",
    "AnnouncementStatus",
    "AudienceKind",
    "Attachment",
    "AttachmentKind",
    "ClassGroup",
    "Answer",
    "Event",
    "EventClass",
    "EventSlot",
    "EventStatus",
    "Rsvp",
    "SlotSignup",
    "Base",
    "CATEGORIES",
    "PostKind",
    "PostStatus",
    "RequestStatus",
    "SelAccount",
    "SelPost",
    "SelRequest",
    "SelTransfer",
    "TransferKind",
    "CLASS_CODES",
    "Child",
    "FsmRecord",
    "Identity",
    "Invite",
    "Member",
    "MemberChild",
    "MemberStatus",
    "OutboxMessage",
    "OutboxStatus",
    "ProcessedUpdate",
    "Role",
    "RoleKind",
    "School",
    "SchoolClass",
]
