# Words every part of the program shares. Areas: core (this file), view (what the wizard's screens
# show), wizard (what its keys and prompts do), cli (the commands and their help), engine
# (validation, requests, exports, profiles).

lang-unknown = { $what } is "{ $value }", which is not a language this tool speaks; use zh (中文) or en (English).
core-list-separator = {", "}
