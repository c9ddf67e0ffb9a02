# Hostile input (issue #11): bounded documents, lying audio, outputs, dates, one-line errors.

## documents.py: YAML/JSON within limits
hostile-doc-is-folder = is a folder, not a file
hostile-doc-not-regular = not a regular file (a pipe, socket or device); give a file
hostile-doc-too-large = file too large ({ $size } bytes; the limit is { $limit })
hostile-doc-too-deep = nested more than { $depth } levels deep
hostile-doc-too-many-values = the document stands for more than { $limit } values (YAML aliases expanded); write the values out or shorten the file

## outputs.py: files the app writes
hostile-out-wrong-extension = { $path }: --format { $format } writes { $kind }, but the name ends in { $suffix }; name it { $suggested }
hostile-out-no-folder = { $path }: folder { $folder } does not exist; create it first
hostile-out-is-input = { $path }: is the input of this command; write to another file
hostile-out-is-store = { $path }: is the qaclient store itself; write to another file
hostile-out-is-folder = { $path }: is a folder; give a file name
hostile-out-is-recording = { $path }: is the recording of call { $call } in the library; it is never overwritten, write to another file
hostile-out-exists = { $path }: already exists; add --force to overwrite it

## dates.py and report months
hostile-day-out-of-range = { $what } { $day } is out of range: give a day from { $first } to { $last }
hostile-period-reversed = { $to_name } { $to } is before { $from_name } { $from }; swap them

## home folder and store
hostile-home-is-file = { $what }: is a file, not a folder; point QACLIENT_HOME at a folder
hostile-home-cannot-create = { $what }: cannot create the folder ({ $reason }); set QACLIENT_HOME to a writable folder
hostile-store-read-only = { $path }: the store is read-only (qaclient writes its journal beside it); make the folder writable or set QACLIENT_HOME to a writable folder

## audio whose header lies, files that are not files
hostile-audio-declared-bytes = truncated: the header declares { $declared } bytes of audio but the file holds { $held }
hostile-audio-too-long-for-file = truncated: the header claims { $claimed } of audio, more than the { $size }-byte file can hold
hostile-audio-end-undecodable = truncated: the header claims { $claimed } but the end of the audio cannot be decoded ({ $reason })
hostile-audio-ends-early = truncated: the header claims { $claimed } but the audio ends before that
hostile-probe-not-regular = { $name }: not a regular file (a pipe, socket or device)
hostile-probe-ends-early = { $name }: truncated: the { $kind } file ends before the { $seconds } s of audio its header claims

## answers, comments, rubrics
hostile-answer-count-too-large = 'count' { $count } is more than { $limit } occurrences; check the number
hostile-answer-value-too-large = 'value' { $value } is beyond ±{ $limit }; check the number
hostile-call-not-in-library = note: call { $call } is not in the library (neither a call id nor a library id); the evaluation is stored under it as given
hostile-rubric-renumbered = note: { $file }: { $rubric } v{ $version } is already stored with different content; this file is stored as v{ $stored } (raise 'version:' in the file to number it yourself)
hostile-rubric-level-order = warning: level { $level } scores { $points }, more than { $better } listed before it ({ $better_points }); levels go best first: check the points or the order

## metadata files
hostile-csv-ragged-short = { $origin }: { $fields } fields where the header has { $width }; the missing ones are taken as empty
hostile-csv-ragged-long = { $origin }: { $fields } fields where the header has { $width }; the extra ones are ignored
hostile-csv-field-kept = { $origin }: { $reason }; the row is kept without it
hostile-csv-duplicate-id = { $origin }: call id { $call } is already on line { $first }; this row is skipped (the first one is kept)
hostile-csv-unreadable-line = { $name }:{ $line }: cannot read this line ({ $reason }); the rest of the file is not read
hostile-metadata-not-regular = { $name }: not a regular file (a pipe or device); skipped
hostile-metadata-too-large = { $name }: { $size } bytes is over the { $limit }-byte limit of one metadata file; split it (e.g. one file per day)
hostile-import-not-regular = { $path }: not a regular file (a pipe, socket or device); skipped
hostile-settings-wrong-shape = { $path }: a value has the wrong shape ({ $reason }); see docs/library.md, '{ $section }'

## the command line
hostile-cli-unexpected = { $what } (unexpected; QACLIENT_DEBUG=1 shows the details)
