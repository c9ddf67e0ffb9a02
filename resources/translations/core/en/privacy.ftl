# Privacy on the inspector's machine: masking, TLS for sync, "take offline", local caches.
privacy-reveal-not-allowed = Personal data is shown in full to supervisors, managers and admins only (your role: { $role })
privacy-clip-no-recording = clip { $number } ({ $call }): recording not in the library or not on disk
privacy-clip-agent-channel-unknown = clip { $number } ({ $call }): the agent's channel of this stereo recording is unknown, so the clip was left out (it would copy the customer's voice)
privacy-clip-mono = clip { $number } ({ $call }): a mono recording has no separate agent channel, so the clip was left out (it would copy the customer's voice)
privacy-tls-bad-mode = sslmode={ $mode } is not a libpq sslmode: use require, verify-ca or verify-full
privacy-tls-plain-refused = Refusing a connection without encryption (sslmode={ $mode }): remove sslmode from the server URL, or allow plain connections explicitly (Settings → Sync, or --insecure-no-tls)
privacy-tls-root-cert-missing = { $path }: the CA certificate for the sync server (sync_ssl_root_cert) does not exist
privacy-tls-handshake-failed = No encrypted connection to { $server }: { $reason }. Sync needs TLS: ask for it on the server, or allow plain connections explicitly (Settings → Sync, or --insecure-no-tls)
privacy-offline-no-hash = { $call }: the library has no content hash for this recording, so a copy could not be verified; not taken offline (sync the library, or re-import the recording)
privacy-offline-http-refused = { $uri }: plain http is not allowed for recordings; use https
privacy-offline-host-not-allowed = { $host } is not one of the recording servers configured on this computer (Settings → Sync → Recording servers)
privacy-offline-no-roots = { $path }: no recording folders are configured on this computer; import the folder here or add it in Settings → Sync → Recording folders
privacy-offline-outside-roots = { $path } is outside the recording folders configured on this computer (Settings → Sync → Recording folders)
privacy-offline-redirect-refused = the recording server redirected elsewhere: { $reason }
privacy-offline-remote-file = { $uri }: file URIs on another host are not opened; mount the share and add it as a recording folder
privacy-offline-scheme-refused = { $uri }: recordings are read from file: or https: only, not { $scheme }:
privacy-cache-unknown = unknown cache { $name }; the caches are { $known }
