# 命令行（qaclient/cli）。
cli-unknown-team = 班组 { $team } 中没有坐席（已有班组：{ $teams }）。
cli-needs-output = --format { $format } 需要输出文件：-o FILE.{ $format }
cli-pdf-needs-ui = 导出 PDF 需要安装带 PySide6 的桌面程序包（ui）：{ $reason }
cli-wrote = 已写入 { $path }
cli-no-folder = { $path }：文件夹 { $folder } 不存在
cli-cannot-write = { $path }：无法写入（{ $reason }）
cli-points-not-a-number = --points { $points } 不是数字
cli-draft-not-submitted = 已保存为草稿，但未提交：
