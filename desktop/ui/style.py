"""The app's look: a calm light sidebar, white pages, one accent colour."""

ACCENT = "#2f6f73"

STYLE_SHEET = f"""
#sidebar {{ background: #f3f4f6; border-right: 1px solid #e2e4e8; }}
#brand {{ font-size: 17pt; font-weight: 600; color: {ACCENT}; padding: 2px 8px 14px 8px; }}
#nav {{ background: transparent; border: none; font-size: 11pt; outline: 0; }}
#nav::item {{ padding: 8px 8px; border-radius: 6px; color: #2b3340; }}
#nav::item:selected {{ background: #dde9ea; color: #1d4c4f; }}
#nav::item:hover:!selected {{ background: #e8eaee; }}
#pages {{ background: white; }}
#pageTitle {{ font-size: 18pt; font-weight: 600; color: #1f2933; }}
#pageSubtitle {{ color: #6b7280; padding-bottom: 6px; }}
#emptyTitle {{ font-size: 15pt; font-weight: 600; color: #1f2933; padding: 8px; }}
#emptyText {{ color: #4b5563; font-size: 10.5pt; margin-bottom: 12px; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #cfd4dc; border-radius: 6px; background: #ffffff; }}
QPushButton:hover {{ background: #f3f4f6; }}
QPushButton:disabled {{ color: #a0a6b0; border-color: #e2e4e8; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton#primary:disabled {{ background: #b9cfd0; border-color: #b9cfd0; }}
QTableView {{ border: 1px solid #e2e4e8; border-radius: 6px; gridline-color: #f0f1f3;
             selection-background-color: #dde9ea; selection-color: #1f2933; }}
QTableView::item {{ padding: 4px 8px; }}
QHeaderView::section {{ background: #fafafa; border: none; border-bottom: 1px solid #e2e4e8;
                       padding: 6px 8px; color: #4b5563; font-weight: 600; }}
QStatusBar {{ color: #6b7280; }}
QLabel#question {{ color: #7a4a00; background: #fff7e6; border: 1px solid #f0d9a8; border-radius: 6px;
                  padding: 6px 8px; }}
"""
