"""newsevents: raw news in, event data out — who did or said what to whom, when,
where, on whose word.

    >>> import newsevents
    >>> record = newsevents.code(page_text, date="2017-12-20")
    >>> for record in newsevents.code_many(texts_or_records): ...
"""

from newsevents.pipeline import code, code_documents, code_many
from newsevents.read import read

__version__ = "0.1.0"
__all__ = ["code", "code_many", "code_documents", "read", "__version__"]
