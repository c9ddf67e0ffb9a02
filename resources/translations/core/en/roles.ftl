# Roles, sign-in and the audit trail on the shared server (qaclient/sync/roles.py, signin.py,
# refusals.py, audit_chain.py; qaclient db user, qaclient audit, qaclient calls listened).
roles-login-disabled = this login is disabled on the shared server: ask your administrator
roles-password-refused = the shared server refused the password of this login: check it in Settings → Sync
roles-not-a-user = { $login } is not a qaclient user on this server: ask the administrator to run `qaclient db user add { $login } --role …`
roles-store-of-another = this computer holds { $count } unsent changes made by { $login }: { $me } cannot send them; sign in as { $login } to send them first
roles-refused-hidden-row = this row exists on the server and your role may not see or change it
roles-refused-not-yours = your role may not change this row
roles-push-refused = the server refused { $table } { $id }: { $reason }
roles-refused-summary = { $count } changes refused by the server (kept on this computer; see `qaclient sync --refused`)
roles-signed-in = signed in as { $login } ({ $role })
roles-signed-in-owner = signed in as { $login } (database owner: maintenance only, not a person's login)
roles-removed = { $count } rows you may no longer see were removed from this computer
roles-user-added = user { $login } added as { $role }
roles-user-updated = user { $login } is now { $role }
roles-user-disabled = user { $login } disabled: they cannot sign in any more (history kept)
roles-no-password = no password: set QACLIENT_NEW_PASSWORD or run on a terminal to be asked
roles-passwords-differ = the two passwords differ
roles-password-prompt = password for { $login }:
roles-password-again = again:
roles-audit-ok = audit trail intact: { $events } events
roles-audit-broken = audit trail BROKEN: { $count } of { $events } events do not match ({ $first })
roles-audit-needs-reader = audit verify needs a login that sees the whole trail (administrator, manager or the database owner); { $login } is { $role }
roles-no-listening = nobody has listened to { $call } yet
roles-final-reason = a revision of a final evaluation needs a written reason (--reason)
roles-revised-final = evaluation { $id } reopened for revision; the next sync brings it to every client
roles-sign-own-login = only agent { $agent } signs this session, on their own computer or login: ask them to acknowledge it there
