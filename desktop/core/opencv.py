"""OpenCV, imported without letting it change the environment that programs Afterview starts will inherit.

The opencv-python wheel (not opencv-python-headless) points QT_QPA_PLATFORM_PLUGIN_PATH and QT_QPA_FONTDIR at its
own Qt 5 when first imported. Afterview's Qt is already running by then, but the mail program or file manager it
opens afterwards would inherit the variables and load the wrong Qt plugins. Import cv2 from here, never directly.
"""

from __future__ import annotations

import os

_QT_VARIABLES = ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")
_before = {name: os.environ.get(name) for name in _QT_VARIABLES}

import cv2  # noqa: E402 (the environment is saved first, and put back below)

for _name, _value in _before.items():
    if _value is None:
        os.environ.pop(_name, None)
    else:
        os.environ[_name] = _value

__all__ = ["cv2"]
