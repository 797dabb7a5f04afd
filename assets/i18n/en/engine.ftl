# The engine: validation messages, form texts, input and spec errors, drafts, history and jobs.
# A field is named by its path ({ $field }); a value is shown quoted ({ $value }).

## Shared words
engine-the-document = the document
engine-with-rule = { $what }; allowed: { $rule }
engine-with-rule-paren = { $what } ({ $rule })
engine-list-separator = { ", " }
engine-or = { $rest } or { $last }
engine-option = option { $number }
engine-value-meaning = { $value } ({ $meaning })

## JSON types, as a value is described
engine-type-null = null
engine-type-boolean = a boolean
engine-type-integer = an integer
engine-type-number = a number
engine-type-string = a string
engine-type-array = an array
engine-type-object = an object
engine-type-any = a value

## Validation messages
engine-not-object = the document must be a JSON object; it is { $kind } ({ $value })
engine-missing = { $field } is required but missing
engine-param-missing = the { $name } parameter is required but missing
engine-unknown-field = { $field } is not a documented field
engine-unknown-field-known = { $field } is not a documented field; known fields here: { $known }
engine-type = { $field } must be { $expected }; it is { $kind } ({ $value })
engine-too-short = { $field } is too short: it has { $count ->
    [one] 1 character
   *[other] { $count } characters
 }, at least { $limit } needed
engine-too-long = { $field } is too long: it has { $count ->
    [one] 1 character
   *[other] { $count } characters
 }, at most { $limit } allowed
engine-pattern-rule = { $field } has the wrong form ({ $value }); allowed: { $rule }
engine-pattern = { $field } ({ $value }) must match the pattern { $pattern }
engine-minimum = { $field } is { $value }, below the minimum { $limit }
engine-maximum = { $field } is { $value }, above the maximum { $limit }
engine-exclusive-minimum = { $field } is { $value }; it must be above { $limit }
engine-exclusive-maximum = { $field } is { $value }; it must be below { $limit }
engine-multiple-of = { $field } is { $value }; it must be a multiple of { $multiple }
engine-enum = { $field } is { $value }; allowed values: { $allowed }
engine-const = { $field } must be { $expected }; it is { $value }
engine-min-items = { $field } has { $count ->
    [one] 1 item
   *[other] { $count } items
 }; at least { $limit } needed
engine-max-items = { $field } has { $count ->
    [one] 1 item
   *[other] { $count } items
 }; at most { $limit } allowed
engine-min-entries = { $field } has { $count ->
    [one] 1 entry
   *[other] { $count } entries
 }; at least { $limit } needed
engine-max-entries = { $field } has { $count ->
    [one] 1 entry
   *[other] { $count } entries
 }; at most { $limit } allowed
engine-unique-items = { $field } holds the same item twice; items must be unique
engine-format = { $field } ({ $value }) is not a valid { $format }
engine-custom = { $field } { $problem }
engine-one-of-none-rule = { $field } matches none of the alternatives ({ $titles }); allowed: { $rule }
engine-one-of-none = { $field } matches none of the alternatives; choose exactly one of: { $titles }
engine-one-of-many-rule = { $field } matches more than one alternative ({ $titles }); allowed: { $rule }
engine-one-of-many = { $field } matches more than one alternative; choose exactly one of: { $titles }
engine-any-of = { $field } matches none of the allowed forms
engine-not = { $field } has a combination that is not allowed
engine-false-schema = { $field } is not allowed here
engine-contains = { $field } holds no item of the kind it needs
engine-content-encoding = { $field } is not valid { $encoding } text
engine-content-media-type = { $field } does not hold valid { $media } content
engine-unevaluated-items = { $field } has items no rule describes: { $items }
engine-undocumented-fields = { $field } has fields that are not documented: { $names }
engine-required-property = { $field } lacks the required field { $name }
engine-property-names = { $field } has a key that is not allowed
engine-key-of = the key { $key } of { $field }
engine-regex-too-complex = { $field } ({ $value }) could not be checked against its pattern (too complex)
engine-referencing = { $field } could not be checked: the spec refers to a part it does not have
engine-other-keyword = { $field } breaks the rule of the { $keyword } keyword
engine-over-items = { $field } has { $count } items; at most { $max } are allowed (its items were not checked)
engine-over-entries = { $field } has { $count } entries; at most { $max } are allowed (its entries were not checked)
engine-more = and { $more } more of the same { $kinds ->
    [one] kind
   *[other] kinds
 }, not listed ({ $counts }): fix the ones above first
engine-schema-not-compile = request schema does not compile: { $error }
engine-keyword-malformed = keyword { $keyword } is malformed: { $error }

## Our own keywords (each follows the field's name)
engine-password-bad-char = contains { $char }, which is not allowed; use only { $classes }
engine-password-classes = uses { $used } kind(s) of character; it needs at least { $min } of: { $classes }
engine-class-upper = uppercase letters
engine-class-lower = lowercase letters
engine-class-digit = digits
engine-class-special = special characters ({ $chars })
engine-forbid-word = must not contain { $word }
engine-forbid-reversed = must not contain { $word } reversed ({ $reversed })
engine-not-base64 = is not valid base64 (A-Z a-z 0-9 + /, padded with =)
engine-decoded-too-large = decodes to { $bytes } bytes; at most { $max } bytes are allowed before encoding
engine-json-string = must hold valid JSON: { $error }
engine-time-not-iso = is not an ISO 8601 UTC time like 2030-09-25T12:05:00Z
engine-time-too-soon = must be at least { $minutes } minutes from now
engine-time-too-late = must be at most { $days } days from now

## Reading a document
engine-stdin = standard input
engine-input-unreadable = cannot read { $name }: { $error }
engine-input-not-utf8 = { $name } is not UTF-8 text (bad byte at offset { $offset }); save it as UTF-8
engine-input-too-large = { $name } is larger than { $mib } MiB; a request document must be smaller
engine-json-data = { $name } cannot be used: { $error }
engine-json-io = { $name } cannot be read as JSON: { $error }
engine-json-syntax = { $name } is not valid JSON: { $error }
engine-json-eof = { $name } ends before the JSON is complete: { $error }
engine-json-at = { $problem } at line { $line } column { $column }
engine-too-many-values = the document holds more than { $max } values; no request of these APIs comes near that
engine-too-deep = the document nests deeper than { $max } levels; real requests use under ten
engine-duplicate-key = the key { $key } appears twice in one object (which value is meant?); keep one
engine-io-not-found = No such file or directory
engine-io-permission = Permission denied
engine-io-directory = Is a directory
# What serde_json says is wrong, in our words.
engine-json-eof-list = EOF while parsing a list
engine-json-eof-object = EOF while parsing an object
engine-json-eof-string = EOF while parsing a string
engine-json-eof-value = EOF while parsing a value
engine-json-expected-colon = expected `:`
engine-json-expected-list-comma = expected `,` or `]`
engine-json-expected-object-comma = expected `,` or `{ "}" }`
engine-json-expected-ident = expected ident
engine-json-expected-value = expected value
engine-json-invalid-escape = invalid escape
engine-json-invalid-number = invalid number
engine-json-number-range = number out of range
engine-json-invalid-unicode = invalid unicode code point
engine-json-control-char = control character (\u0000-\u001F) found while parsing a string
engine-json-key-string = key must be a string
engine-json-trailing-comma = trailing comma
engine-json-trailing-chars = trailing characters
engine-json-recursion = recursion limit exceeded

## Spec files
engine-spec-invalid = spec { $file } is not valid: { $reason }
engine-unknown-api = unknown API id { $given }; known ids: { $known }
engine-unknown-api-suggest = unknown API id { $given } (did you mean { $suggestion }?); known ids: { $known }
engine-spec-missing = { $what } is missing
engine-spec-one-path = paths must hold exactly one path
engine-spec-one-operation = the path must hold exactly one operation
engine-spec-no-operation = no operation
engine-spec-style = x-style must be roa, rpc or huawei-rest, not { $style }
engine-spec-param-in = parameter { $name } is in { $place }; path, query or header are supported

## The form
engine-step-params = Request parameters
engine-step-basics = Basics
engine-add-item = + add an item
engine-add-key = + add a key
engine-choose = Choose: { $fields }
engine-choose-one = Choose one
engine-neither = neither
engine-kind-text = text
engine-kind-secret = secret text
engine-kind-base64 = text (sent base64-encoded)
engine-kind-json-text = JSON held in a string
engine-kind-integer = integer
engine-kind-number = number
engine-kind-boolean = true / false
engine-kind-choice = one of a list
engine-kind-object = object
engine-kind-array = list
engine-kind-map = map of keys to values
engine-kind-raw-json = raw JSON
engine-edit-not-integer = { $text } is not a whole number; type digits, with an optional leading -
engine-edit-out-of-range = { $text } is out of range: { $range }
engine-edit-not-number = { $text } is not a number; type digits with an optional - and decimal point
engine-edit-not-json = not valid JSON: { $error }
engine-edit-kept-not-json = kept as typed, but not valid JSON yet: { $error }
engine-edit-too-many-items = this list allows at most { $max } items
engine-edit-duplicate-key = the key { $key } already exists
engine-edit-empty-key = a key cannot be empty
engine-edit-nothing = there is nothing here to change
engine-range-between = allowed { $min }–{ $max }
engine-range-at-most = at most { $max }
engine-range-at-least = at least { $min }, at most { $max }
engine-range-whole = a whole number is at most { $max }
engine-key-too-long = the key has { $count } characters, at most { $max } allowed
engine-key-too-short = the key has { $count } characters, at least { $min } needed
engine-map-full = this map holds at most { $max } keys

## Drafts, history, requests and jobs
engine-draft-unreadable = cannot read draft { $path }: { $reason }
engine-draft-empty = nothing filled in yet
engine-draft-fields = { $count ->
    [one] 1 field set
   *[other] { $count } fields set
 }
engine-server-answered = the server answered { $status }
engine-history-bad-id = { $id } is not a history id
engine-path-param-missing = the path parameter { $name } is required but empty
engine-job-spec = { $api }: x-progress is missing or malformed: { $reason }
engine-job-no-progress = no x-progress block
engine-job-poll-needs = mode poll needs a request and a status pointer
engine-job-no-status = the poll answer has no status at { $pointer }
engine-job-no-poll = the API has no poll request
engine-job-poll-answered = the poll was answered { $status }: { $body }
engine-phase-running = running
engine-phase-succeeded = succeeded
engine-phase-failed = failed
