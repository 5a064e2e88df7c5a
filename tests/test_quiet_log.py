"""A build prints only its own lines: third-party noise is turned off at its source
(``guide/quiet_log.py``)."""

import os

from guide import processes

NOISE = ("Material for MkDocs", "NO_MKDOCS_2_WARNING", "Warning:", "jieba", "prefix dict")


def test_the_build_log_has_no_third_party_noise(trial_project, tmp_path):
    # With search, so Material's search plugin imports jieba and loads its dictionary.
    project = trial_project({"hello": "print('hello')"}, search=True)
    env = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    # An empty bytecode cache: every module compiles from source, as on a first build or
    # with PYTHONDONTWRITEBYTECODE, which is when jieba's invalid escapes warn.
    env |= {"PYTHONPYCACHEPREFIX": str(tmp_path / "pyc"), "PYTHONDONTWRITEBYTECODE": "1"}
    build = processes.mkdocs_build(project, tmp_path / "site", env=env, timeout=300)
    log = build.stdout + build.stderr
    assert build.returncode == 0, log
    assert (tmp_path / "site" / "search" / "search_index.json").is_file()
    assert [line for line in log.splitlines() if not line.startswith("INFO    -  ")] == []
    assert [word for word in NOISE if word in log] == []
