"""Checks of everything the build reads besides data/: pages, their macro calls, updates,
theme and partner pages. check_project() runs every check, data included."""
