"""The exceptions docxsift raises for problems with an input document.

Every one derives from :class:`DocxError`. A missing file is Python's own
:class:`FileNotFoundError`.
"""

from docxsift._core import DocxError, EncryptedError, LimitError, PackageError, XmlError

__all__ = ["DocxError", "EncryptedError", "LimitError", "PackageError", "XmlError"]
