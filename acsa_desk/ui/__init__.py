"""The PySide6 window. It calls the Qt-free core; nothing outside acsa_desk/ui imports it
(except acsa_desk/cli/window.py, which wires it together).

Modules, one concern each:
  app.py          create_app(): the QApplication with crash handler and translations
  settings.py     typed settings registry over QSettings (user settings apart from UI state)
  dialogs.py      message boxes and file pickers behind one interface (+ a scripted fake)
  messages.py     the one bridge for messages to the user (status bar / dialogs)
  tasks.py        the one way to run work in a worker thread, with progress and cancel
  crash.py        crash log + dialog for bugs; faulthandler file for hard crashes
  i18n.py         installs the translations of the chosen interface language
  mainwindow.py   the main window: banners, menus, navigation, status bar
  page.py         Page, the tiny API of a page (title, refresh), and PageId
  banner.py       the handling-marking strip
  welcome.py      the first-run page
  preferences.py  LedgerPreferences and the preferences dialog
  qtfix.py        emit(signal, ...): work-around for a PySide6 6.12 defect (use it, not .emit)
"""
