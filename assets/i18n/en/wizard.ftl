# The wizard's keys, prompts, menus, notices and status lines (area: wizard).

## The key table: what each key does, as the help screen (?) lists it

wizard-key-global-quit = quit
wizard-key-global-language = 中文 / English: switch the language (remembered for the next start)
wizard-key-editing-done = finish a one-line field (in a multi-line one: a new line)
wizard-key-editing-finish = finish editing
wizard-key-editing-reveal = show / hide a secret
wizard-key-overlay-up = previous
wizard-key-overlay-down = next
wizard-key-overlay-page-up = page up
wizard-key-overlay-page-down = page down
wizard-key-overlay-enter = choose
wizard-key-overlay-back = close
wizard-key-start-up = previous API
wizard-key-start-down = next API
wizard-key-start-enter = open the API
wizard-key-start-back = clear the filter / quit
wizard-key-start-help = help
wizard-key-form-up = previous field
wizard-key-form-down = next field
wizard-key-form-page-up = page up
wizard-key-form-page-down = page down
wizard-key-form-next-step = next step
wizard-key-form-prev-step = previous step
wizard-key-form-enter = edit / open / choose
wizard-key-form-back = back out
wizard-key-form-toggle = toggle a true/false field
wizard-key-form-unset = clear the field / remove the item
wizard-key-form-undo = undo the last change (edit, clear, removal, switch, import)
wizard-key-form-redo = redo what u undid
wizard-key-form-add-item = add a list item / map key
wizard-key-form-duplicate-item = duplicate the item
wizard-key-form-move-item-up = move the item up
wizard-key-form-move-item-down = move the item down
wizard-key-form-rename-key = rename the map key
wizard-key-form-next-problem = go to the next problem
wizard-key-form-problems = list every problem
wizard-key-form-required-only = required fields only / all
wizard-key-form-preview-mode = preview: body / HTTP request / wire form
wizard-key-form-zoom = zoom the preview to the whole screen and back (scroll it there)
wizard-key-form-reveal = show / hide the secret
wizard-key-form-generate-token = generate an idempotency token
wizard-key-form-export = export: file, clipboard, curl
wizard-key-form-import = import a JSON file or a curl command
wizard-key-form-submit = submit the request
wizard-key-form-target = target: the sandbox or a real-cloud profile
wizard-key-form-signature = signature: the request as signed, step by step
wizard-key-form-jobs = jobs of this session
wizard-key-form-keep-secrets = keep secrets in this draft (off by default)
wizard-key-form-help = help: every key
wizard-key-form-quit = quit

## The help screen's sections

wizard-help-form = Form
wizard-help-editing = While editing
wizard-help-start = Start screen
wizard-help-overlay = Lists and dialogs
wizard-help-global = Anywhere

## Keys of every text box (prompts and field editors)

wizard-text-key-clear = delete to the start of the line (all of a selected default)
wizard-text-key-word = delete the word before the cursor
wizard-text-key-home-end = go to the start / end of the line
wizard-text-key-undo = undo typing (u undoes a whole edit once it is done)
wizard-text-key-newline = a new line in a multi-line editor (Esc finishes)
wizard-text-key-typing = typing replaces a prompt's selected default; an arrow or End keeps it

## The language switch

wizard-lang-switched = Language: English (Ctrl-L switches back to 中文; remembered for the next start)
wizard-lang-not-remembered = The language is switched, but it could not be remembered for the next start: { $error }

## Times as people say them

wizard-when-now = just now
wizard-when-seconds = { $count } s ago
wizard-when-minutes = { $count } min ago
wizard-when-hours = { $count } h ago
wizard-when-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
wizard-when-today = today { $clock }
wizard-when-yesterday = yesterday { $clock }
# $month is 1–12.
wizard-when-date = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
    } { $day } { $clock }

## The start menu of a form: where to start from

wizard-origin-title = { $api }: start from
wizard-origin-empty = Empty form
wizard-origin-empty-detail = start from nothing; required defaults filled in
wizard-origin-example = Example: { $name }
wizard-origin-draft = Draft saved { $saved } (x deletes it)
wizard-origin-draft-secrets = { $summary }; includes secrets
wizard-origin-draft-no-secrets = { $summary }; secrets were not saved
wizard-origin-sent = Sent { $when }: { $outcome }
wizard-origin-sent-answered = answered { $status }
wizard-origin-sent-refused = refused { $status }
wizard-origin-sent-no-answer = no answer
wizard-origin-sent-detail = reopen what was sent
wizard-origin-sent-detail-secrets = reopen what was sent; re-enter { $secrets }
wizard-origin-import = Import a JSON file or a curl command…
wizard-origin-import-detail = unknown fields are kept and flagged

## Menus, confirmations and drafts

wizard-confirm-y-or-n = press y for yes, n for no
wizard-example-token = this example keeps the docs' idempotency token { $token }: a second Ctrl-S with it replays the first answer; g makes a fresh one
wizard-import-prompt = Import: a JSON file's path, or paste a curl command
wizard-delete-draft-where = x deletes a draft; move to one first
wizard-delete-draft-confirm = Delete the Draft saved { $saved }?
wizard-overwrite-declined = left { $path } as it was; type another name, or Esc
wizard-restored = restored the draft saved { $saved }
wizard-restored-retype = restored the draft saved { $saved }; drafts keep no secrets, so type { $secrets } again
wizard-draft-deleted = deleted the draft
wizard-replay-declined = nothing was sent (g makes a fresh idempotency token)

## Form actions: notices, menus and prompts

wizard-signature-what = the signature view
wizard-signature-signed = Signed for profile { $profile } as of { $when }; a submit signs again when it sends.
wizard-signature-token = The idempotency token { $token } was made for this view; a submit makes its own.
wizard-signature-compare = Compare with the server's answer when it says the signature does not match.
wizard-edit-error = { $field }: { $error }
wizard-edit-error-kept = { $field }: { $error }; it keeps the value before
wizard-refuse-toggle = Space toggles a true/false field, and this row is not one.
wizard-rename-key-prompt = Rename the key { $key } to
wizard-refuse-rename = r renames a key of a map, and this row is not one.
wizard-no-problems = no problems: the request is valid
wizard-required-only = showing required fields only
wizard-all-fields = showing all fields
wizard-refuse-reveal = * shows or hides a secret, and this field is not secret.
wizard-signature-title = Signature (↑/↓ scroll, Esc closes)
wizard-export-title = Export
wizard-import-into-prompt = Import into this form: a JSON file's path, or paste a curl command
wizard-keep-secrets-on = this draft will keep secrets on disk
wizard-keep-secrets-off = secrets are left out of this draft
wizard-zoomed = the preview fills the screen: z or Esc goes back to the form
wizard-choice-unset = (not set)
wizard-choice-unset-detail = leave the field out
wizard-choice-empty-text = "" (empty text)
wizard-choice-title = { $field }: choose a value
wizard-already-empty = { $field } is already empty
wizard-removed-item = removed item #{ $number } (u undoes)
wizard-removed-key = removed the key { $key } (u undoes)
wizard-cleared = cleared { $field } (u undoes)
wizard-no-token = this API takes no idempotency token
wizard-export-secrets-confirm = The file will hold { $secrets } in plain text. It is written readable by you only (0600). Save it with the secrets?
wizard-copied-body = copied the body to the clipboard (through the terminal, OSC 52)
wizard-copied-format = copied the { $format } form to the clipboard (secrets masked)
wizard-export-http-note = {" "}(a .http request; secrets masked)
wizard-export-http-prompt = Save the .http file as
wizard-export-program-note = {" "}(a program for the official SDK; secrets read from the environment)
wizard-export-program-prompt = Save the program as
wizard-export-no-name = type a file name (Esc cancels)
wizard-prompt-refused = { $error }; type another, or Esc

## Lists and maps, and what works on a row

wizard-added-item = added item #{ $number } to { $list }
wizard-list-refused = { $list }: { $error }.
wizard-new-key-prompt = New key in { $map }
wizard-refuse-add = a adds an item to a list or a key to a map, and this row is neither.
wizard-refuse-duplicate = c duplicates an item of a list, and this row is not one.
wizard-refuse-move-up = K moves up an item of a list, and this row is not one.
wizard-refuse-move-down = J moves down an item of a list, and this row is not one.
wizard-copied-item = copied item #{ $from } to #{ $to } of { $list } (u undoes)
wizard-moved-item = moved item #{ $from } to #{ $to } of { $list } (u undoes)
wizard-item-first = item #{ $number } is already the first
wizard-item-last = item #{ $number } is already the last
wizard-works-nothing = Tab goes to another step; ? lists every key.
wizard-works-item = On a list item: Enter opens or edits it, c duplicates it, K / J move it, x removes it, a adds an item.
wizard-works-key = On a map key: Enter edits its value, r renames the key, x removes it, a adds a key.
wizard-works-add = On this row Enter adds.
wizard-works-alternatives = On this row Enter chooses between the alternatives.
wizard-works-boolean = On a true/false field: Space toggles it, x clears it.
wizard-works-list = On a list: Enter opens it, a adds an item.
wizard-works-map = On a map: Enter opens it, a adds a key.
wizard-works-object = On an object: Enter opens it.
wizard-works-choice = On a choice: Enter opens the list of values, x clears it.
wizard-works-field = On a field: Enter edits it, x clears it.

## Exports

wizard-export-file-no-secrets = Save the body to a file (secrets left out)
wizard-export-file = Save the body to a file
wizard-export-file-secrets = Save the body to a file, secrets included
wizard-export-clipboard = Copy the body to the clipboard (OSC 52; secrets left out)
wizard-export-curl = Copy a curl command (signed for the profile; secrets masked)
wizard-export-http = Save a .http file (VS Code REST Client / JetBrains)
wizard-export-httpie = Copy an HTTPie command
wizard-export-cli = Copy the vendor CLI line (aliyun / hcloud)
wizard-export-python-copy = Copy a Python program for the official SDK
wizard-export-python-save = Save a Python program for the official SDK
wizard-export-typescript-copy = Copy a TypeScript program for the official SDK
wizard-export-typescript-save = Save a TypeScript program for the official SDK
wizard-export-note-secrets = { $count ->
    [one] {" "}with the secret { $secrets }, readable by you only (0600)
   *[other] {" "}with the secrets { $secrets }, readable by you only (0600)
}
wizard-export-note-invalid = { $count ->
    [one] {" "}without the secret { $secrets }: the file will not validate until it is filled in again{ $changes }
   *[other] {" "}without the secrets { $secrets }: the file will not validate until they are filled in again{ $changes }
}
wizard-export-note-refill = { $count ->
    [one] {" "}without the secret { $secrets }: send it only once it is filled in again{ $changes }
   *[other] {" "}without the secrets { $secrets }: send it only once they are filled in again{ $changes }
}
wizard-export-prompt-secrets = Save the body, secrets included, as
wizard-export-prompt = Save the body as
wizard-export-note-reads-back = ; read back, { $object } says “{ $then }” instead of “{ $now }”

## The wizard as a whole: forms opened, files, jobs, leaving

wizard-unknown-api = unknown API { $api }
wizard-kept-unknown = { $count ->
    [one] kept 1 field the spec does not know: { $fields } (their rows say so; x removes one)
   *[other] kept { $count } fields the spec does not know: { $fields } (their rows say so; x removes one)
}
wizard-interrupted = The last session ended without quitting while editing { $api } (saved { $saved }: { $summary }). Restore that draft?
wizard-file-written = wrote { $path }{ $note }
wizard-file-exists = { $path } already exists. Overwrite it?
wizard-sandbox-failed = the built-in sandbox could not start: { $error }
wizard-no-jobs = no jobs yet: Ctrl-S submits the form
wizard-job-item = job { $id } · { $title } · { $outcome }
wizard-jobs-title = Jobs of this session
wizard-job-sending = Sending
wizard-job-following = Following
wizard-job-succeeded = Succeeded
wizard-job-failed = Failed
wizard-leave-secrets = The draft does not keep secrets, so { $secrets } will be lost (S keeps them in the draft). Leave the form?

## Imports

wizard-import-empty = type a JSON file's path, or paste a curl command (Esc cancels)
wizard-import-pasted = the pasted command
wizard-import-ignored = ; left out query parameters that are not the API's: { $names }
wizard-import-unknown = { $count ->
    [one] ; kept 1 field the spec does not know: { $fields } (n goes there)
   *[other] ; kept { $count } fields the spec does not know: { $fields } (n goes there)
}
wizard-imported = imported { $source }{ $unknown }{ $ignored }
wizard-imported-new-form = imported { $source } into a new { $api } form{ $ignored }
wizard-import-failed = { $source }: { $error }
wizard-import-no-api = { $source }: choose the API first
wizard-import-not-object = { $source } holds JSON but not an object; a request document is an object

## Where Ctrl-S sends: the profile menu

wizard-profiles-unread = { $error }; showing the profiles read before
wizard-profiles-title = Send { $provider } requests to
wizard-profile-sandbox = the built-in sandbox on this machine: nothing real is created
wizard-profile-real = { $base } · key { $key } · real, billable
wizard-profile-no-key = { $base } · no key (credentials = "none"): cannot submit
wizard-target-sandbox = requests go to the built-in sandbox
wizard-target-real = requests go to { $base } (profile { $profile }); Ctrl-S asks before creating anything
wizard-target-failed = profile { $profile }: { $error }

## The clouds

wizard-cloud-alibaba = Alibaba Cloud
wizard-cloud-huawei = Huawei Cloud

## Submitting (Ctrl-S)

wizard-submit-problems = { $count ->
    [one] 1 problem is left; fix them first (n goes to the next one)
   *[other] { $count } problems are left; fix them first (n goes to the next one)
}
wizard-replay-confirm = Job { $job } sent the idempotency token { $token } { $when }. Sending it again is a replay: the server answers with that earlier result and creates nothing new.
wizard-sandbox-starting = the built-in sandbox is still starting; press Ctrl-S again in a moment
wizard-submit-refused = { $error } (t chooses another profile)
wizard-real-confirm = { $api } goes to { $base }, signed by profile { $profile } with key { $key } ({ $scheme }). This creates real, billable resources in your { $cloud } account.
wizard-no-form = no form is open
wizard-submitting-what = submitting
wizard-nothing-sent = nothing was sent
wizard-sent-sandbox = job { $job }: sent to the sandbox; keep editing or press Ctrl-S again, o lists the jobs
wizard-sent-real = job { $job }: sent to { $base }; keep editing or press Ctrl-S again, o lists the jobs
wizard-sent-dry-run = job { $job }: dry run sent to { $base } (nothing is created); keep editing or press Ctrl-S again, o lists the jobs

## The job runner (in the background)

wizard-runtime-failed = cannot start the network runtime: { $error }
wizard-runtime-missing = the network runtime is not available
wizard-sandbox-not-running = the built-in sandbox is not running
wizard-job-final = final state { $state }
wizard-job-gave-up = stopped following: { $reason }
wizard-job-timed-out = stopped following: it took too long

## Effects that failed

wizard-draft-save-failed = could not save the draft: { $error }
wizard-draft-delete-failed = could not delete the draft: { $error }
wizard-copy-failed = could not copy: { $error }
wizard-write-failed = could not write { $path }: { $error }

## The field editor

wizard-editor-integer = digits only (and a leading -)
wizard-editor-number = a number: digits, - and a decimal point

## The form: undo, editing, problems

wizard-nothing-to-redo = nothing to redo
wizard-nothing-to-undo = nothing to undo
wizard-redid-at = redid the change at { $field } (u undoes it again)
wizard-undid-at = undid the change at { $field } (Ctrl-R redoes it)
wizard-redid = redid the change (u undoes it again)
wizard-undid = undid the change (Ctrl-R redoes it)
wizard-press-enter = press Enter to edit the focused field (? lists every key)
wizard-editor-refused = { $field }: { $why }
wizard-problem-parameter = (parameter { $name })
wizard-problem-unknown = { $field } is not in the spec; x on its row removes it
wizard-problem-unknown-code = not in the spec
