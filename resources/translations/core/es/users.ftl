# Usuarios, equipos y roles (qaclient/users.py).
users-needs-login = Un usuario necesita un nombre de usuario.
users-unknown-role = Rol desconocido { $role }: use uno de { $roles }.
