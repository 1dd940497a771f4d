"""The whole strategy as one PDF: which pages it joins, how the joined page is mended, and
how Chromium prints it. Plain paths and strings in; a file out."""
