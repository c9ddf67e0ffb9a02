# 录音库：通话、筛选、导入与分配（qaclient/recordings）。
library-bad-direction = 方向必须是 { $choices } 之一，不能是 { $value }。
library-bad-order = 排序必须是 { $choices } 之一，不能是 { $value }。
library-negative-page = 偏移量和数量不能为负数。
library-no-value-list = { $column } 没有可选值列表。
library-needs-call-id = 通话需要通话编号。
library-bad-agent-channel = 坐席声道必须是 0（左）、1（右）或不指定。
library-call-exists = 通话 { $call } 已在录音库中。
library-no-call = 录音库中没有通话 { $call }。
library-calls-missing = { $more ->
    [0] 不在录音库中：{ $calls }
   *[other] 不在录音库中：{ $calls } 等，另有 { $more } 通
}
library-needs-inspector = 请至少指定一名质检员来分配这些通话。
library-inspector-twice = 有质检员被重复指定。
library-folder-not-found = { $path }：找不到文件夹
library-not-a-folder = { $path }：不是文件夹（请指定存放录音的文件夹）
