"""./scripts/serve with its port taken says so, and how to choose another, without a traceback."""

from __future__ import annotations

import socket
import subprocess

from tests.sitebuild import ROOT


def test_serve_says_when_its_port_is_taken_and_how_to_choose_another():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([str(ROOT / "scripts" / "serve"), str(port)], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert f"serve: port {port} is already in use" in result.stderr
    assert f"./scripts/serve {port + 1}" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
