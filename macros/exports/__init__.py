"""What the build writes besides pages: open data (CSV, JSON, iCalendar), the updates feed, and
the whole-strategy PDF (pdf/).

It may import data/, history/ and render/, and nothing of the site builder: it takes paths and
records, and writes files."""
