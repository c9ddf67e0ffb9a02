# Users, teams and roles (qaclient/users.py).
users-needs-login = A user needs a login.
users-unknown-role = Unknown role { $role }: use one of { $roles }.
