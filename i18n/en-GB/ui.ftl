# The window: menus, views, panels, presenter mode, notices and dialogs.
# Ids are kebab-case, starting with the place they are shown.

## Languages
# The language's own name, as the Language menu offers it.
lang-name = English
menu-language = Language
