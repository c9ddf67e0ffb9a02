# 评分表目录（qaclient/rubrics/catalog.py）。
rubrics-no-rubric = 没有名为 { $name } 的评分表（见 'qaclient rubric list'）。
rubrics-bad-version-id = { $value } 不是评分表版本编号。
rubrics-version-unreadable = 无法读取已保存的评分表版本 { $id }：{ $reason }
rubrics-no-version = 没有评分表版本 { $id }。
rubrics-file-not-found = { $path }：找不到评分表文件
rubrics-bad-status-change = { $rubric } v{ $version } 处于 { $old } 状态，不能变为 { $new }（版本依次为 draft → trial → active → retired）。
