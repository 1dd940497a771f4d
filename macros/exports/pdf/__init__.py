"""The whole strategy as one PDF: which pages it joins and how the joined page is mended
(print_page.py), its title, contents and link (document.py), and how Chromium prints it
(printer.py, chromium.py). Plain paths and strings in, a file out; it imports as exports/ does."""
