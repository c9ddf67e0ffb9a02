# 用户、班组与角色（qaclient/users.py）。
users-needs-login = 用户需要登录名。
users-unknown-role = 未知角色 { $role }：请使用 { $roles } 之一。
