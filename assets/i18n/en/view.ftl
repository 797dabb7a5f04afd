# What the wizard's screens show: the start screen, the form's panes, the job pane and the layers
# over them. Ids start with view-.

## Whole screen

view-too-small = Terminal too small: { $width }x{ $height }. apiwizard needs at least { $min_width }x{ $min_height }; enlarge the window (Ctrl-C quits).

## Start screen

view-start-title = apiwizard — build, check and send cloud create requests
view-start-subtitle = Choose an API (the sandbox answers every request; no cloud account needed)
view-start-filter = Filter:
view-start-filter-empty = type to filter
view-start-no-match = No API matches { $filter }; Backspace or Esc clears the filter.

## Key hints (each follows its key's name)

view-hint-previous = previous
view-hint-next = next
view-hint-open = open
view-hint-clear-quit = clear / quit
view-hint-help = help
view-hint-quit = quit
view-hint-edit = edit
view-hint-next-step = next step
view-hint-next-problem = next problem
view-hint-submit = submit
view-hint-undo = undo
view-hint-export = export
view-hint-preview = preview
view-hint-back = back
view-hint-choose = choose
view-hint-close = close
view-editing-multiline-hints = editing: Enter new line · Esc finish · Ctrl-U clear · Ctrl-W word · Ctrl-Z undo
view-editing-hints = editing: Enter/Esc finish · Ctrl-U clear · Ctrl-W word · Ctrl-Z undo · Alt-R show
view-zoom-hints = ↑/↓ PgUp/PgDn scroll · v next view · z / Esc back to the form

## Form: top bar and steps

view-form-valid = valid
view-form-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
view-form-to-sandbox = → sandbox { $address }
view-form-sandbox-starting = → sandbox starting…
view-form-to-cloud = → { $profile } (real cloud)
view-steps = Steps

## Form: field rows

view-rows-title = Fields
view-rows-empty = (nothing here — Esc goes back)
view-row-required = required
view-row-base64 = text: { $text }
view-row-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
view-row-keys = { $count ->
    [one] { $count } key
   *[other] { $count } keys
}
view-row-fields = { $count ->
    [one] { $count } field set
   *[other] { $count } fields set
}
view-row-empty-text = "" (empty text)
view-row-unknown = not in the spec: { $value }

## Form: the focused field's help

view-details-title = Help
view-details-editing = Editing { $field } — Esc when done
view-details-unknown = Not in the spec: kept as it was imported; x removes it.
view-details-item = { $kind } · item #{ $number } of the list
view-details-key = { $kind } · a key of the map (r renames it)
view-details-alternatives = a choice between alternatives (Enter switches; the others' values are kept)
view-details-required = { $kind } · required
view-details-optional = { $kind } · optional
view-details-allowed = Allowed: { $rule }
view-details-limits = Limits: { $limits }
view-details-default = Default: { $value }
view-details-example = Example: { $value }
view-limit-length-range = { $min }–{ $max } characters
view-limit-length-min = at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}
view-limit-length-max = at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}
view-limit-value-range = { $min }–{ $max }
view-limit-value-min = at least { $min }
view-limit-value-max = at most { $max }
view-limit-items-range = { $min }–{ $max } items
view-limit-items-min = at least { $min ->
    [one] { $min } item
   *[other] { $min } items
}
view-limit-items-max = at most { $max ->
    [one] { $max } item
   *[other] { $max } items
}
view-limit-keys-range = { $min }–{ $max } keys
view-limit-keys-min = at least { $min ->
    [one] { $min } key
   *[other] { $min } keys
}
view-limit-keys-max = at most { $max ->
    [one] { $max } key
   *[other] { $max } keys
}
view-limit-pattern = pattern { $pattern }
view-limit-format = format { $format }

## Form: the preview pane

view-preview-body = JSON body
view-preview-http = HTTP request
view-preview-wire = RPC wire form
view-preview-title = { $view } (v next view · z zoom)
view-preview-zoomed-title = { $view } — ↑/↓ PgUp/PgDn scroll · v next view · z / Esc back
view-preview-lines = lines { $first }–{ $last } of { $total }
view-preview-rpc-query = (the parameters travel in the query: v shows them)
view-preview-no-parameters = (no parameters set yet)

## The job pane

view-job-title = Job { $id } (v: body · o: jobs)
view-job-missing = no such job
view-job-sending = SENDING
view-job-following = IN PROGRESS
view-job-succeeded = SUCCESS
view-job-failed = FAILED
view-job-timeline = Timeline
view-job-answer = Answer
view-job-dry-run-title = { $title } (dry run)
view-job-same-failure = the same failure
view-job-query-parameters = { $count ->
    [one] ({ $count } query parameter; s shows it)
   *[other] ({ $count } query parameters; s shows them all)
}
view-job-sent = sent
view-job-sent-with-token = sent with idempotency token { $token }
view-job-retrying = retrying (attempt { $attempt }): { $reason }
view-job-retrying-same-token = retrying (attempt { $attempt }, same token): { $reason }
view-job-answered = answered { $status }
view-job-answered-created = answered { $status }: created { $created }
view-job-dry-run-passed = dry run passed: the server accepts this request; nothing was created
view-job-no-answer = failed: { $reason }
view-job-poll-trouble = poll failed, trying again: { $reason }

## Layers: help, prompts, notices, confirmations, problems

view-help-title = Help — every key (Esc closes)
view-help-text-boxes = In text boxes (prompts and editors)
view-help-more = lines { $first }–{ $last } of { $total } · PgDn / ↓ for more
view-help-end = lines { $first }–{ $last } of { $total } · PgUp / ↑ back · Esc closes
view-prompt-keys = Enter accepts · Esc cancels · Ctrl-U clears · Ctrl-W deletes a word
view-prompt-selecting-keys = typing replaces the selected text · End keeps it · Enter accepts · Esc cancels
view-notice-title = Not here
view-notice-keys = Esc or Enter closes; other keys wait here.
view-confirm-title = Confirm
view-confirm-keys = y yes · n no
view-confirm-real-title = Real cloud
view-confirm-real-keys = y send it · n cancel
view-confirm-real-dry-keys = y send it · d dry run first (checks, creates nothing) · n cancel
view-confirm-replay-title = Replay
view-confirm-replay-keys = g new token and send · y send the replay · n cancel
view-problems-title = Problems (Enter jumps to the field)
view-problems-none = No problems: the request is valid.
