"""Foreign evaluation-form formats, one module per format plus ``registry`` (the layout of
MusicBrainz Picard's ``picard/formats/``): ``genesys`` (Genesys Cloud) and
``aws_connect`` (Amazon Connect).  Entry point: :func:`import_form`."""

from qaclient.rubrics.formats.registry import (
    Format,
    FormImportError,
    detect_format,
    formats,
    get_format,
    import_data,
    import_form,
    read_form,
)

__all__ = [
    "Format",
    "FormImportError",
    "detect_format",
    "formats",
    "get_format",
    "import_data",
    "import_form",
    "read_form",
]
