# 检查员电脑上的隐私：脱敏、同步的 TLS、“离线取用”、本地缓存。
privacy-reveal-not-allowed = 个人数据仅对主管、经理和管理员完整显示（您的角色：{ $role }）
privacy-clip-no-recording = 片段 { $number }（{ $call }）：录音不在库中或不在磁盘上
privacy-clip-agent-channel-unknown = 片段 { $number }（{ $call }）：这段立体声录音的坐席声道未知，已略过该片段（否则会复制客户的声音）
privacy-clip-mono = 片段 { $number }（{ $call }）：单声道录音没有单独的坐席声道，已略过该片段（否则会复制客户的声音）
privacy-tls-bad-mode = sslmode={ $mode } 不是有效的 libpq sslmode：请使用 require、verify-ca 或 verify-full
privacy-tls-plain-refused = 拒绝未加密的连接（sslmode={ $mode }）：请从服务器 URL 中删除 sslmode，或明确允许明文连接（设置 → 同步，或 --insecure-no-tls）
privacy-tls-root-cert-missing = { $path }：同步服务器的 CA 证书（sync_ssl_root_cert）不存在
privacy-tls-handshake-failed = 无法与 { $server } 建立加密连接：{ $reason }。同步需要 TLS：请在服务器上启用，或明确允许明文连接（设置 → 同步，或 --insecure-no-tls）
privacy-offline-no-hash = { $call }：库中没有这段录音的内容哈希，无法校验副本，因此未离线取用（请先同步录音库或重新导入录音）
privacy-offline-http-refused = { $uri }：录音不允许使用明文 http，请使用 https
privacy-offline-host-not-allowed = { $host } 不在本机配置的录音服务器之列（设置 → 同步 → 录音服务器）
privacy-offline-no-roots = { $path }：本机未配置录音文件夹；请在本机导入该文件夹，或在“设置 → 同步 → 录音文件夹”中添加
privacy-offline-outside-roots = { $path } 不在本机配置的录音文件夹内（设置 → 同步 → 录音文件夹）
privacy-offline-redirect-refused = 录音服务器重定向到了别处：{ $reason }
privacy-offline-remote-file = { $uri }：不打开其他主机上的 file URI；请挂载该共享并将其添加为录音文件夹
privacy-offline-scheme-refused = { $uri }：录音只从 file: 或 https: 读取，不支持 { $scheme }:
privacy-cache-unknown = 未知的缓存 { $name }；可用的缓存：{ $known }
