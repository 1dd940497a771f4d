"""The kinds of value a macro's argument may take, where a plain int would allow nonsense.

The page checker (macro_calls.py) reads these annotations, so a page asking for a heading
level of 9 or a count of -1 is stopped with its line before anything is rendered.
"""

from typing import Annotated

from pydantic import Field

# A heading below <h2> would sit beside the page's own <h1>, and HTML stops at <h6>.
HeadingLevel = Annotated[int, Field(ge=2, le=6)]
# A count of none would list nothing with no word why.
Count = Annotated[int, Field(ge=1)]
