# The recordings library: calls, filters, imports, assignments (qaclient/recordings).
library-bad-direction = The direction must be one of { $choices }, not { $value }.
library-bad-order = The order must be one of { $choices }, not { $value }.
library-negative-page = Offset and limit must not be negative.
library-no-value-list = There is no value list for { $column }.
library-needs-call-id = A call needs a call id.
library-bad-agent-channel = The agent channel must be 0 (left), 1 (right) or none.
library-call-exists = Call { $call } is already in the library.
library-no-call = There is no call { $call } in the library.
library-calls-missing = { $more ->
    [0] Not in the library: { $calls }
   *[other] Not in the library: { $calls } and { $more } more
}
library-needs-inspector = Name at least one inspector to assign the calls to.
library-inspector-twice = An inspector is named twice.
library-folder-not-found = { $path }: folder not found
library-not-a-folder = { $path }: not a folder (give the folder that holds the recordings)
