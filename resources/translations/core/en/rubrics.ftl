# The rubric catalogue (qaclient/rubrics/catalog.py).
rubrics-no-rubric = There is no rubric named '{ $name }' (see 'qaclient rubric list').
rubrics-bad-version-id = { $value } is not a rubric version id.
rubrics-version-unreadable = The stored rubric version { $id } cannot be read: { $reason }
rubrics-no-version = There is no rubric version { $id }.
rubrics-file-not-found = { $path }: rubric file not found
rubrics-bad-status-change = { $rubric } v{ $version } is { $old }: it cannot become { $new } (versions move draft → trial → active → retired).
