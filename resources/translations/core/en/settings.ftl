# The settings file (qaclient/settings.py).
settings-bad-language = The language { $value } is not one of { $choices }.
settings-bad-short-skip = The short skip must be between 1 and 120 seconds.
settings-bad-long-skip = The long skip must be between 1 and 600 seconds.
settings-bad-speed = The default speed must be between 0.5× and 2×.
settings-not-an-object = the file does not hold a JSON object
settings-unreadable = { $path }: the settings cannot be read ({ $reason }); the defaults are used.
settings-bad-retention = cache retention must be between 1 and 3650 days
