"""The one exception type for problems a user can act on."""

import errno

_DISK_FULL = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))


def is_disk_full(error: OSError) -> bool:
    """Whether a failed write means the disk (or the user's quota) is full."""
    return error.errno in _DISK_FULL


class UserFacingError(Exception):
    """A problem explained in a plain sentence, with what the user can do about it.

    Bugs are not UserFacingErrors: they are logged with a traceback and shown as
    "something went wrong".
    """

    def __init__(self, message: str, action: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.action = action

    def __str__(self) -> str:
        return f"{self.message} {self.action}".strip()
