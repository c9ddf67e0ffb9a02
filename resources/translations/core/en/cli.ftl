# The command line (qaclient/cli).
cli-unknown-team = There are no agents in team { $team } (teams: { $teams }).
cli-needs-output = --format { $format } needs an output file: -o FILE.{ $format }
cli-pdf-needs-ui = PDF export needs the desktop package (ui) with PySide6: { $reason }
cli-wrote = wrote { $path }
cli-no-folder = { $path }: the folder { $folder } does not exist
cli-cannot-write = { $path }: cannot write ({ $reason })
cli-points-not-a-number = --points { $points } is not a number
cli-draft-not-submitted = stored as draft but not submitted:
