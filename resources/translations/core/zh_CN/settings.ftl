# 设置文件（qaclient/settings.py）。
settings-bad-language = 语言 { $value } 不在 { $choices } 之中。
settings-bad-short-skip = 短跳转必须在 1 到 120 秒之间。
settings-bad-long-skip = 长跳转必须在 1 到 600 秒之间。
settings-bad-speed = 默认播放速度必须在 0.5× 到 2× 之间。
settings-not-an-object = 文件内容不是一个 JSON 对象
settings-unreadable = { $path }：无法读取设置（{ $reason }），已使用默认设置。
settings-bad-retention = 缓存保留期须在 1 到 3650 天之间
