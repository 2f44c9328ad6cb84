"""How FrameworkQDA-only meaning rides on standard REFI notes and links.

REFI has no chart cells, coders' chartings, segment translations, value scales or framework
templates. We export
each as an ordinary Note (readable in any program) whose Description starts with one of these
markers, and link it with standard NoteRef/Link elements; our importer reads the markers back.
"""

SEGMENT_NOTE = "FrameworkQDA segment note"
TRANSLATION = "FrameworkQDA segment translation"
CHART_CELL = "FrameworkQDA chart cell"  # followed by ": <value label>" when a value is set
# a chart cell whose summary is an auto-draft the researcher has not edited or accepted
# (chart_cells.draft); also followed by ": <value label>" when a value is set
DRAFT_CHART_CELL = "FrameworkQDA draft chart cell"
VALUE_SCALE = "FrameworkQDA value scale"
# the framework template the project was made from (ProjectInfo.framework), e.g. mipex-local
FRAMEWORK = "FrameworkQDA framework"
# one coder's own charting of a cell (cell_chartings), when the cell's Note does not carry it
CODER_CHARTING = "FrameworkQDA coder charting"  # followed by ": <value label>" when set
# such a charting whose summary is an auto-draft the coder has not edited or accepted
# (cell_chartings.draft); also followed by ": <value label>" when set
DRAFT_CODER_CHARTING = "FrameworkQDA draft coder charting"

# a memo without a title: its Note is named for QualCoder (which makes a journal of a named
# Note with a text file and stops at two of one name), and our import gives it no title
UNTITLED_MEMO = "FrameworkQDA untitled memo"

LINK_CELL_CASE = "Chart cell case"
LINK_MEMO_CASE = "Memo on case"
LINK_MEMO_CELL = "Memo on chart cell"
LINK_CHARTING_CELL = "Coder charting of chart cell"
