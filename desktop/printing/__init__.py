"""Printed pages, drawn with QPainter on any paged device (a PDF file or a printer); no widgets here.

Both faces use it: the window through the print dialog, the command line offscreen to a PDF.
"""
