# La biblioteca de grabaciones: llamadas, filtros, importación, asignaciones (qaclient/recordings).
library-bad-direction = La dirección debe ser una de { $choices }, no { $value }.
library-bad-order = El orden debe ser uno de { $choices }, no { $value }.
library-negative-page = El desplazamiento y el límite no pueden ser negativos.
library-no-value-list = No hay lista de valores para { $column }.
library-needs-call-id = Una llamada necesita un identificador.
library-bad-agent-channel = El canal del agente debe ser 0 (izquierdo), 1 (derecho) o ninguno.
library-call-exists = La llamada { $call } ya está en la biblioteca.
library-no-call = No hay ninguna llamada { $call } en la biblioteca.
library-calls-missing = { $more ->
    [0] No están en la biblioteca: { $calls }
   *[other] No están en la biblioteca: { $calls } y { $more } más
}
library-needs-inspector = Indique al menos un evaluador al que asignar las llamadas.
library-inspector-twice = Un evaluador aparece dos veces.
library-folder-not-found = { $path }: no se encontró la carpeta
library-not-a-folder = { $path }: no es una carpeta (indique la carpeta que contiene las grabaciones)
