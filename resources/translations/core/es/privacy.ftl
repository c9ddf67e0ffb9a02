# Privacidad en el equipo del evaluador: enmascarado, TLS para la sincronización, "llevar sin conexión", cachés locales.
privacy-reveal-not-allowed = Los datos personales completos solo se muestran a supervisores, gerentes y administradores (su rol: { $role })
privacy-clip-no-recording = fragmento { $number } ({ $call }): la grabación no está en la biblioteca o no está en el disco
privacy-clip-agent-channel-unknown = fragmento { $number } ({ $call }): se desconoce el canal del agente de esta grabación estéreo, así que el fragmento se omitió (copiaría la voz del cliente)
privacy-clip-mono = fragmento { $number } ({ $call }): una grabación mono no tiene un canal de agente separado, así que el fragmento se omitió (copiaría la voz del cliente)
privacy-tls-bad-mode = sslmode={ $mode } no es un sslmode de libpq: use require, verify-ca o verify-full
privacy-tls-plain-refused = Se rechaza una conexión sin cifrado (sslmode={ $mode }): quite sslmode de la URL del servidor o permita explícitamente las conexiones sin cifrar (Configuración → Sincronización, o --insecure-no-tls)
privacy-tls-root-cert-missing = { $path }: no existe el certificado de la CA del servidor de sincronización (sync_ssl_root_cert)
privacy-tls-handshake-failed = No hay conexión cifrada con { $server }: { $reason }. La sincronización necesita TLS: actívelo en el servidor o permita explícitamente las conexiones sin cifrar (Configuración → Sincronización, o --insecure-no-tls)
privacy-offline-no-hash = { $call }: la biblioteca no tiene el hash del contenido de esta grabación, así que la copia no se podría verificar; no se llevó sin conexión (sincronice la biblioteca o vuelva a importar la grabación)
privacy-offline-http-refused = { $uri }: no se permite http sin cifrar para las grabaciones; use https
privacy-offline-host-not-allowed = { $host } no es uno de los servidores de grabaciones configurados en este equipo (Configuración → Sincronización → Servidores de grabaciones)
privacy-offline-no-roots = { $path }: no hay carpetas de grabaciones configuradas en este equipo; importe la carpeta aquí o añádala en Configuración → Sincronización → Carpetas de grabaciones
privacy-offline-outside-roots = { $path } está fuera de las carpetas de grabaciones configuradas en este equipo (Configuración → Sincronización → Carpetas de grabaciones)
privacy-offline-redirect-refused = el servidor de grabaciones redirigió a otro sitio: { $reason }
privacy-offline-remote-file = { $uri }: no se abren URI file de otro equipo; monte el recurso compartido y añádalo como carpeta de grabaciones
privacy-offline-scheme-refused = { $uri }: las grabaciones se leen solo por file: o https:, no por { $scheme }:
privacy-cache-unknown = caché desconocida { $name }; las cachés son { $known }
