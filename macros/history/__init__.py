"""What git knows about the content: each file's versions along main (git.py), and the change
notes they carry (change_notes.py).

It may import data/, and nothing of the site builder."""
