# 恶意或损坏的输入（问题 #11）

## documents.py
hostile-doc-is-folder = 是文件夹，不是文件
hostile-doc-not-regular = 不是普通文件（管道、套接字或设备）；请给出一个文件
hostile-doc-too-large = 文件过大（{ $size } 字节；上限为 { $limit }）
hostile-doc-too-deep = 嵌套超过 { $depth } 层
hostile-doc-too-many-values = 文档展开 YAML 别名后超过 { $limit } 个值；请直接写出这些值或缩短文件

## outputs.py
hostile-out-wrong-extension = { $path }：--format { $format } 输出 { $kind }，但文件名以 { $suffix } 结尾；请命名为 { $suggested }
hostile-out-no-folder = { $path }：文件夹 { $folder } 不存在；请先创建
hostile-out-is-input = { $path }：是本命令的输入文件；请写到另一个文件
hostile-out-is-store = { $path }：是 qaclient 数据库本身；请写到另一个文件
hostile-out-is-folder = { $path }：是文件夹；请给出文件名
hostile-out-is-recording = { $path }：是录音库中通话 { $call } 的录音，永远不会被覆盖；请写到另一个文件
hostile-out-exists = { $path }：已存在；如需覆盖请加 --force

## dates.py
hostile-day-out-of-range = { $what } { $day } 超出范围：请给出 { $first } 至 { $last } 之间的日期
hostile-period-reversed = { $to_name } { $to } 早于 { $from_name } { $from }；请交换两者

## home folder and store
hostile-home-is-file = { $what }：是文件，不是文件夹；请让 QACLIENT_HOME 指向一个文件夹
hostile-home-cannot-create = { $what }：无法创建文件夹（{ $reason }）；请将 QACLIENT_HOME 设为可写的文件夹
hostile-store-read-only = { $path }：数据库为只读（qaclient 需要在其旁边写日志文件）；请使该文件夹可写，或将 QACLIENT_HOME 设为可写的文件夹

## audio
hostile-audio-declared-bytes = 文件被截断：文件头声明有 { $declared } 字节音频，但文件只有 { $held } 字节
hostile-audio-too-long-for-file = 文件被截断：文件头声称有 { $claimed } 的音频，超过了 { $size } 字节的文件所能容纳的
hostile-audio-end-undecodable = 文件被截断：文件头声称有 { $claimed }，但音频结尾无法解码（{ $reason }）
hostile-audio-ends-early = 文件被截断：文件头声称有 { $claimed }，但音频提前结束
hostile-probe-not-regular = { $name }：不是普通文件（管道、套接字或设备）
hostile-probe-ends-early = { $name }：文件被截断：该 { $kind } 文件在文件头声称的 { $seconds } 秒音频之前就结束了

## answers, comments, rubrics
hostile-answer-count-too-large = 'count' { $count } 超过 { $limit } 次；请检查该数字
hostile-answer-value-too-large = 'value' { $value } 超出 ±{ $limit }；请检查该数字
hostile-call-not-in-library = 提示：通话 { $call } 不在录音库中（既不是通话 ID 也不是录音库 ID）；评估按给定的 ID 保存
hostile-rubric-renumbered = 提示：{ $file }：{ $rubric } v{ $version } 已以不同内容保存；此文件保存为 v{ $stored }（可在文件中提高 'version:' 自行编号）
hostile-rubric-level-order = 警告：等级 { $level } 得 { $points } 分，高于排在它前面的 { $better }（{ $better_points } 分）；等级应从好到差排列：请检查分值或顺序

## metadata files
hostile-csv-ragged-short = { $origin }：有 { $fields } 个字段，而表头有 { $width } 个；缺少的字段按空值处理
hostile-csv-ragged-long = { $origin }：有 { $fields } 个字段，而表头有 { $width } 个；多余的字段被忽略
hostile-csv-field-kept = { $origin }：{ $reason }；该行保留，但不含此字段
hostile-csv-duplicate-id = { $origin }：通话 ID { $call } 已在第 { $first } 行出现；跳过此行（保留第一行）
hostile-csv-unreadable-line = { $name }:{ $line }：无法读取此行（{ $reason }）；文件其余部分未读取
hostile-metadata-not-regular = { $name }：不是普通文件（管道或设备）；已跳过
hostile-metadata-too-large = { $name }：{ $size } 字节，超过单个元数据文件 { $limit } 字节的上限；请拆分（例如每天一个文件）
hostile-import-not-regular = { $path }：不是普通文件（管道、套接字或设备）；已跳过
hostile-settings-wrong-shape = { $path }：某个值的类型不对（{ $reason }）；参见 docs/library.md 的“{ $section }”

## the command line
hostile-cli-unexpected = { $what }（意外错误；设置 QACLIENT_DEBUG=1 可查看详情）
