"""Reading a document: the text view, the PDF page view, find, and the work area holding them."""
