# The local store (qaclient/storage).
store-cannot-upgrade = Cannot create or upgrade the database at { $url }: { $reason }
