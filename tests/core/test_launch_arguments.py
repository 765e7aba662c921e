"""Whether the window can open here is told from the environment, before Qt aborts on its own terms."""

from desktop.core.launch_arguments import missing_display


def test_a_display_is_found_where_qt_would_find_one():
    for environ in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}):
        assert missing_display([], environ, "linux") is None, environ
    assert missing_display(["-platform", "offscreen"], {}, "linux") is None
    assert missing_display(["-display", ":1"], {}, "linux") is None


def test_none_is_missing_where_the_system_always_has_one_or_the_window_is_not_drawn():
    assert missing_display([], {}, "win32") is None and missing_display([], {}, "darwin") is None
    assert missing_display(["--self-test"], {}, "linux") is None  # the self-test draws offscreen


def test_an_empty_variable_is_no_display():
    problem = missing_display([], {"DISPLAY": "", "WAYLAND_DISPLAY": ""}, "linux")
    assert problem is not None and "neither DISPLAY nor WAYLAND_DISPLAY is set" in problem
    assert "\n" not in problem
