# 本地数据库（qaclient/storage）。
store-cannot-upgrade = 无法在 { $url } 创建或升级数据库：{ $reason }
