from coach import cli
from coach.ui import app as app_module


def test_background_flag_reaches_the_gui(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(
        app_module,
        "run_gui",
        lambda data_dir=None, *, background=False: calls.append((data_dir, background)) or 0,
    )
    assert cli.main(["--background", "--data-dir", str(tmp_path)]) == 0
    assert cli.main([]) == 0
    assert calls == [(tmp_path, True), (None, False)]
