"""The fast (libyaml) parser and the pure-Python one read data files alike.

Data files are parsed with libyaml when PyYAML has it; officers' messages must not change
with it: the same values, the same line numbers, the same duplicate keys, and syntax errors
worded by the pure-Python parser.
"""

from __future__ import annotations

import pytest
import yaml

from macros.data import yaml_reading
from tests.sitebuild import ROOT

DOCUMENT = """\
id: a-milestone
title: "Quoted: with a colon"
date: 2021-02-30
themes:
  - hate-crime
  - road-safety
status: planned
nested:
  inner: 1
status: done
"""


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml")
def test_the_fast_parser_is_libyaml():
    assert issubclass(yaml_reading._FastLoader, yaml.CSafeLoader)


def test_both_parsers_give_the_same_values_lines_and_duplicates():
    slow, slow_errors = yaml_reading._parse(yaml_reading._Loader, DOCUMENT, "data/milestones/a-milestone.yml")
    fast, fast_errors = yaml_reading._parse(yaml_reading._FastLoader, DOCUMENT, "data/milestones/a-milestone.yml")
    assert fast == slow
    assert fast["date"] == "2021-02-30"  # dates stay text, for the models to check
    assert fast.key_lines == slow.key_lines == {"id": 1, "title": 2, "date": 3, "themes": 4, "status": 10, "nested": 8}
    assert fast["nested"].line == slow["nested"].line == 9
    assert fast_errors == slow_errors and [(error.line, error.field) for error in fast_errors] == [(10, "status")]


def test_every_real_data_file_parses_the_same_with_both():
    for path in sorted((ROOT / "data").rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        slow, fast = yaml_reading._parse(yaml_reading._Loader, text, path.name), yaml_reading._parse(yaml_reading._FastLoader, text, path.name)
        assert fast == slow, path
        assert fast[0].key_lines == slow[0].key_lines, path


def test_a_syntax_error_is_worded_by_the_pure_python_parser():
    text = 'title: "never closed\nstatus: planned\n'
    with pytest.raises(yaml.YAMLError):
        yaml_reading._parse(yaml_reading._FastLoader, text, "data/milestones/x.yml")  # so the message comes from the other
    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml_reading._parse(yaml_reading._Loader, text, "data/milestones/x.yml")
    line, message = yaml_reading.syntax_message(raised.value, text)
    assert yaml_reading.parse_yaml(text, "data/milestones/x.yml") == (None, [yaml_reading.DataError("data/milestones/x.yml", line, "", "", message)])
    assert line == 1 and "never closed" in message


def test_an_unchanged_file_is_not_parsed_again_and_a_changed_one_is(tmp_path, monkeypatch):
    """`mkdocs serve` reloads the data after each save; only saved files are parsed again."""
    record = tmp_path / "a-partner.yml"
    record.write_text("id: a-partner\nname: First name\n", encoding="utf-8")
    files = yaml_reading.YamlFiles()
    first, _ = files.read(record, "data/partners/a-partner.yml")
    parsed = []
    monkeypatch.setattr(yaml_reading, "parse_yaml", lambda text, shown_as: parsed.append(text) or ({"parsed": True}, []))
    assert files.read(record, "data/partners/a-partner.yml") == (first, [])
    assert parsed == []
    record.write_text("id: a-partner\nname: Second name, longer\n", encoding="utf-8")
    assert files.read(record, "data/partners/a-partner.yml") == ({"parsed": True}, [])
    assert len(parsed) == 1
