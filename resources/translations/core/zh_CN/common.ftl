# 核心各模块共用的消息（Fluent 语法）。
common-yes = 是
common-no = 否
common-not-set = 未设置
common-file-not-found = { $path }：找不到文件
common-cannot-read = { $path }：无法读取文件：{ $reason }
common-invalid-json = { $path }:{ $line }:{ $column }：JSON 格式错误：{ $reason }
common-will-not-overwrite = { $path } 已存在：请换一个文件名，或加 --force 覆盖
common-not-utf8 = { $path }：不是 UTF-8 文本（{ $reason }）；请另存为 UTF-8
