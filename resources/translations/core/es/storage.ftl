# El almacén local (qaclient/storage).
store-cannot-upgrade = No se puede crear ni actualizar la base de datos en { $url }: { $reason }
