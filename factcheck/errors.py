"""The exception tree of factcheck; the CLI turns these (and only these) into exit code 2.

    FactcheckError              every error factcheck raises on purpose; ``str()`` is one line
    ├── InputError              a file the user gave cannot be used (unreadable, binary, bad JSONL line)
    ├── IndexError_             the index directory cannot be used
    │   ├── IndexNotFound       no index at that path
    │   ├── IndexCorrupt        a file is missing or does not match its checksum
    │   ├── IndexFormatError    written by a newer factcheck (format version)
    │   ├── ModelMismatch       built with another embedding model
    │   └── IndexLocked         another process is writing it
    ├── ConfigError             a setting or option has a value factcheck cannot use
    └── VerifierUnavailableError  (factcheck.verifier) the verifier's files are missing or damaged;
                                  the pipeline then decides on rules alone

Messages name the file (and line) and say what to do, so the CLI can print them as they are.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of all errors factcheck raises on purpose. The message is one line with the fix."""

    exit_code = 2


class InputError(FactcheckError):
    """A corpus file, draft or claims file that cannot be used."""


class IndexError_(FactcheckError):  # noqa: N801, N818 - trailing underscore avoids the builtin name
    """The index directory cannot be used."""


class IndexNotFound(IndexError_):
    pass


class IndexCorrupt(IndexError_):
    pass


class IndexFormatError(IndexError_):
    pass


class ModelMismatch(IndexError_):
    pass


class IndexLocked(IndexError_):
    pass


class ConfigError(FactcheckError):
    pass


class Terminated(KeyboardInterrupt):  # noqa: N818 - named for the signal, like KeyboardInterrupt
    """SIGTERM arrived (``timeout``, a CI cancel, a service stop). The CLI raises it from its
    signal handler so that a write cleans up exactly as on Ctrl-C; a KeyboardInterrupt, so no
    ``except Exception`` on the way swallows it."""
