# The command line: what `--help` says about each command and argument, clap's own words, and what
# the commands print in text form. Keep the same order as zh/cli.ftl.

## Help: the commands
cli-about = A terminal wizard for cloud create APIs: build, validate, export and submit request bodies.
cli-list-about = List the APIs: id, title, method and path
cli-schema-about = Print the request document's JSON Schema
cli-example-about = Print a documented example document (the first unless --name is given)
cli-validate-about = Validate a document: exit 0 valid, 1 invalid, 2 unreadable input or unknown API
cli-serve-about = Run the sandbox server of the five APIs on its own
cli-serve-after = A ROUTE is an API id (its create and poll routes), <api-id>:create, <api-id>:poll, create or poll; without one a setting covers every route. Rates are spread evenly: 0.25 hits the 1st, 5th, 9th… request.
cli-submit-about = Send a request document to the sandbox or a real endpoint
cli-sign-about = Print the request as it would be sent and how it is signed
cli-export-about = Write the request in another form: json, curl, http, httpie, the vendor CLI, or a Python or TypeScript program for the official SDK
cli-help-about = Print this message or the help of the given subcommand(s)

## Help: the arguments
cli-arg-lang = The language: zh (中文) or en (default: APIWIZARD_LANG, else the language last chosen in the wizard, else the locale)
cli-arg-wizard-profile = The wizard's profile for Ctrl-S, exports and the signature view (default: the built-in sandbox; `t` in a form switches)
cli-arg-api = The API id (see `apiwizard list`)
cli-arg-file = The JSON request document; `-` or nothing reads standard input
cli-arg-format = How to print the result: text for people, json for programs
cli-arg-example-name = The example's name (the spec's examples; default: the first)
cli-arg-serve-addr = Address to listen on; port 0 picks a free one (the address is printed). Default: where the `sandbox` profile sends requests (APIWIZARD_SANDBOX_URL, else 127.0.0.1:8642)
cli-arg-serve-speed = How fast created resources move through their states: 1 is one second per state
cli-arg-serve-fail-rate = Answer this share of requests with the API's 5xx error instead (repeatable)
cli-arg-serve-latency = Wait this long before answering, e.g. 200ms or 1.5s (repeatable)
cli-arg-serve-drop = Handle this share of requests, then close the connection without answering (repeatable)
cli-arg-serve-job-fail-rate = Make this share of created resources end in their failure state (repeatable)
cli-arg-serve-quota = Change the quota limit of the APIs whose docs name a quota error (repeatable)
cli-arg-serve-state = Keep the state in this file (each change appended as one line; a line torn by a kill is dropped) instead of in memory
cli-arg-serve-verify = Refuse every create and poll request not signed with the test key pair, with the API's own signature error (its x-codes.signature_mismatch code and documented status)
cli-arg-serve-key-id = The test key id to check against (default: $APIWIZARD_SANDBOX_AK, else the sandbox profile's)
cli-arg-serve-key-secret = The test key secret (default: $APIWIZARD_SANDBOX_SK, else the sandbox profile's)
cli-arg-serve-header-timeout = Close a connection whose request headers take longer than this to arrive (also while idle)
cli-arg-serve-body-timeout = Refuse a request whose body takes longer than this to arrive
cli-arg-serve-max-connections = Serve at most this many connections at once; more wait to be accepted
cli-arg-submit-endpoint = `sandbox` (an embedded sandbox on a free loopback port) or an endpoint's base URL
cli-arg-submit-param = An operation parameter (path, query or header), e.g. project_id=0605…; repeatable. With the sandbox, required ones left out take the first example's values
cli-arg-submit-wait = Follow the created resource until it succeeds or fails
cli-arg-submit-timeout = Seconds one attempt may take
cli-arg-submit-attempts = Attempts in all; network errors and 5xx answers are retried with backoff
cli-arg-submit-poll-interval = Milliseconds between polls with --wait
cli-arg-submit-wait-timeout = Seconds --wait follows the resource before giving up
cli-arg-submit-profile = Sign with this profile's key (default: `sandbox` for the sandbox or a loopback URL, `env` for a real endpoint); a profile without a key sends the request unsigned
cli-arg-submit-yes = Confirm a submit to a real (non-loopback) endpoint, which creates billable resources
cli-arg-submit-scheme = Signature scheme (as `sign --scheme`): the API's default, or Alibaba's older roa-v1 / rpc-v2
cli-arg-target-profile = Profile: `sandbox`, `env` (keys from ALIBABA_CLOUD_* / HUAWEICLOUD_SDK_*) or one in profiles.toml
cli-arg-target-region = Region (default: the document's region field, then the profile, the environment, the spec)
cli-arg-target-endpoint = Base URL, e.g. https://ecs.cn-beijing.aliyuncs.com (default: the profile's, else the documented host)
cli-arg-target-param = A parameter outside the document (project_id, X-Client-Token, IdempotentToken); repeatable
cli-arg-target-scheme = Signature scheme: acs3 (Alibaba V3) or huawei, the defaults; roa-v1 (ROA APIs) or rpc-v2 (RPC APIs) for Alibaba's older HMAC-SHA1 schemes, which some official SDKs still send
cli-arg-moment-date = Sign as of this RFC 3339 time (for Huawei it becomes X-Sdk-Date), e.g. 2024-05-01T08:00:00Z
cli-arg-moment-nonce = The signature nonce (Alibaba); it also seeds any idempotency token the tool adds
cli-arg-sign-reveal = Print the document's secrets (passwords, keys: its writeOnly fields) instead of masking them. The signature covers the real values either way; security tokens stay masked
cli-arg-export-as = The form to write the request in
cli-arg-export-reveal = Write secrets (passwords, the signature, security tokens) instead of masking them
cli-arg-help-command = Print help for the subcommand(s)
cli-arg-help = Print help
cli-arg-help-more = Print help (see more with '--help')
cli-arg-help-summary = Print help (see a summary with '-h')
cli-arg-version = Print version

## Help: what `export --as` writes
cli-as-json = The request document (the JSON body)
cli-as-curl = A curl command, signed when the profile has a key
cli-as-http = A request in the .http format of VS Code REST Client and the JetBrains HTTP client
cli-as-httpie = An HTTPie command
cli-as-cli = The vendor CLI: `aliyun <product> <Action> --Param …` or `hcloud <Service> <Operation> --param=…`
cli-as-cli-json = The vendor CLI's JSON-input form (`hcloud … --cli-jsonInput=FILE`), as a shell snippet
cli-as-python = A program for the API's official Python SDK (credentials and secrets from the environment)
cli-as-typescript = A Node.js program in TypeScript for the API's official npm package (or Alibaba's generic client)

## Help: clap's own words
cli-usage-heading = Usage:
cli-commands-heading = Commands
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:
cli-help-with-note = { $help } { $note }

## Parse errors (clap's, translated)
cli-error-line = error: { $sentence }
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $arg }'
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-missing-command = a command is required
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-allowed = possible values: { $values }
cli-error-bad-value = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-no-value = a value is required for '{ $arg }' but none was supplied
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-other = the command line is not valid: { $detail }
cli-error-tip = tip: a similar argument exists: '{ $suggestion }'
cli-error-tip-command = tip: a similar subcommand exists: '{ $suggestion }'
cli-error-more = For more information, try '--help'.

## What the commands print
cli-valid = valid: the document passes every rule of { $api }
cli-invalid = invalid: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in the { $api } document
cli-no-such-example = { $api } has no example named { $name }; its examples: { $examples }
cli-cannot-write = cannot write output: { $error }
cli-no-runtime = cannot start the async runtime: { $error }
cli-serve-bad-speed = --speed { $speed } must be a number above 0 (1 is one second per state)
cli-serve-bad-url = { $var } is { $url }; serve needs an http://IP:PORT address there (or pass --addr)
cli-serve-cannot-listen = cannot listen on { $addr }: { $error }
cli-serve-listening = sandbox listening on { $url }
cli-serve-checking = checking signatures against the key pair { $key }
cli-serve-stop = Ctrl-C stops it
cli-serve-stopped = the sandbox stopped: { $error }
cli-sign-no-key = no key to sign with
cli-sign-sdk-same = The official SDK ({ $package }) signs this API with { $title } ({ $scheme }).
cli-sign-sdk-other = The official SDK ({ $package }) signs this API with { $title } ({ $scheme }); --scheme { $scheme } signs as it does.
cli-param-shape = { $text } must be NAME=VALUE, e.g. project_id=0605767b8b00d5c32f2cc0169e5ae3c5
cli-bad-scheme = --scheme { $name } is not a signature { $api } accepts; use one of: { $schemes }
cli-submit-confirm = { $base } is a real cloud endpoint: submitting creates real, billable resources. Add --yes to confirm (the sandbox, or any loopback address, never asks)
cli-no-such-param-none = { $api } has no parameter { $name }; it takes none
cli-no-such-param = { $api } has no parameter { $name }; its parameters: { $params }
cli-submit-bad-endpoint = --endpoint { $endpoint } must be sandbox or a URL starting with http:// or https://
cli-submit-signing = signing with profile { $profile } ({ $scheme })
cli-submit-unsigned = profile { $profile } has no key: the request is sent unsigned
cli-submit-missing-param = { $error }; pass it with --param NAME=VALUE
cli-submit-no-history = the history entry could not be written: { $error }
cli-job-state = job { $job }: { $state }
cli-job-poll-failed = job { $job }: poll failed, trying again: { $reason }
cli-job-gave-up = stopped following the job: { $reason }
cli-job-timed-out = the job did not finish within { $seconds } s
cli-job-abandoned = nobody was following the job
cli-job-ended = the job ended in { $state }
cli-report-answer = answer: { $status }
cli-report-created = created: { $id }
cli-report-synchronous = { $api } answers synchronously: the answer is final
cli-report-not-followed = not followed (add --wait)
cli-report-failed = failed: { $error }
cli-report-history = history: { $path }
cli-progress-token = {" "}(idempotency token { $token })
cli-progress-more = … ({ $count } more characters)
cli-progress-retry = retrying in { $ms } ms (attempt { $attempt }, same token): { $reason }

## Requests, answers and their failures (shared with the wizard's job pane)
cli-submit-not-created = { $reason }; the request went out but no { $what } was made (looked up by { $name }): it was not created, so sending it again is safe
cli-submit-unknown = unknown: { $reason }, so the request may have created a resource; { $why }. Look for it by { $name } before sending again
cli-lookup-none = this API has no call to look it up by
cli-lookup-its-name = its name
cli-lookup-call = the lookup
cli-submit-recovered = { $reason }; { $what } shows it was created as { $id } ({ $name }), so it was not sent again
cli-lookup-resource = resource
cli-lookup-several = { $what } shows { $count } made since it was sent with that name ({ $ids })
cli-lookup-failed = looking it up with { $what } failed too ({ $error })
cli-lookup-refused = the lookup was refused with HTTP { $status }
cli-trouble-unsent = could not connect: { $reason }
cli-trouble-lost = no answer: { $reason }
cli-server-answered = the server answered { $status }
cli-send-setup = cannot set up the HTTP client: { $error }
cli-send-invalid = the request cannot be sent: { $error }
cli-send-bad-method = { $method } is not an HTTP method
cli-send-bad-header-name = { $name } is not a valid header name
cli-send-bad-header-value = the header { $name } holds characters HTTP cannot carry
cli-send-unreachable = no answer from { $url } after { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    }: { $reason }
cli-send-too-large = the answer from { $url } is larger than { $mib } MiB
cli-send-redirected = { $url } answered { $status } and points to { $location }; redirects are not followed (the body and credentials would go there): check the endpoint
cli-net-timeout = timed out after { $seconds } s (raise --timeout if the server is slow)
cli-net-refused = connection refused: nothing listens at that address (is the server running?)
cli-net-dns = the host name could not be resolved (DNS); check the endpoint's spelling
cli-net-tls = the TLS handshake failed (certificate or protocol); check the endpoint is https
cli-refused-date = the server refused the request's date ({ $code }, { $status }): this machine's clock is off by more than the server allows; set it right and submit again
cli-refused-signature = the server refused the signature ({ $code }, { $status }): check the key pair of profile { $profile }; the answer gives the server's string to sign, compare it with ours (the wizard's signature view, s, or `apiwizard sign`)

## Credentials and profiles
cli-credentials-missing-one = { $provider } credentials are incomplete: { $name } is not set (export it, or use a profile with inline credentials)
cli-credentials-missing = { $provider } credentials are incomplete: { $names } and { $last } are not set (export them, or use a profile with inline credentials)
cli-credentials-incomplete = { $provider } credentials are incomplete
cli-profile-read = cannot read { $path }: { $error }
cli-profile-parse = { $path } is not valid: { $message }
cli-profile-invalid = profile { $profile } in { $path }: { $message }
cli-profile-unknown = unknown profile { $name }; known profiles: { $known }
cli-profile-wrong-provider = profile { $profile } is for { $profile_provider } but { $api } belongs to { $api_provider }
cli-profile-credentials = profile { $profile }: { $error }
cli-profile-no-credentials = profile { $profile } has no credentials (credentials = "none"); { $what } needs a key
cli-profile-built-in = { $name } is built in; give this profile another name
cli-profile-inline-needs-keys = credentials = "inline" needs access_key_id and access_key_secret
cli-profile-keys-not-inline = keys are written here but credentials is not "inline"; set credentials = "inline" or remove the keys
cli-endpoint-scheme = endpoint { $endpoint } must use http:// or https://
cli-endpoint-no-host = endpoint { $endpoint } has no host
cli-endpoint-host-only = endpoint { $endpoint } must be a scheme and host (and port) only, e.g. https://ecs.cn-hangzhou.aliyuncs.com
cli-not-a-param-none = { $name } is not a parameter of { $api }; it takes none (document fields go in the file)
cli-not-a-param = { $name } is not a parameter of { $api }; its parameters: { $params } (document fields go in the file)
cli-param-env-hint = , set { $var }, or add { $name } to the profile
cli-param-in-path = path
cli-param-in-query = query
cli-param-in-header = header
cli-needs-param = { $api } needs the { $place } parameter { $name }: pass --param { $name }=VALUE{ $hint }

## sign, serve and export details
cli-sign-no-body = (no body)
cli-sign-signed-with = signed with { $scheme } ({ $algorithm }), profile { $profile }
cli-sign-canonical-request = canonical request
cli-sign-string-to-sign = string to sign
cli-scheme-acs3 = Alibaba Cloud signature V3
cli-scheme-huawei = Huawei Cloud AK/SK signing
cli-scheme-roa-v1 = Alibaba Cloud ROA signature (HMAC-SHA1)
cli-scheme-rpc-v2 = Alibaba Cloud RPC signature V2 (HMAC-SHA1)
cli-bad-date = --date { $date } is not an RFC 3339 time such as 2024-05-01T08:00:00Z: { $error }
cli-empty-nonce = --nonce must not be empty
cli-serve-empty-route = { $text } has an empty route before '='; write ROUTE=VALUE or just VALUE
cli-serve-bad-rate = not a rate; use a number from 0 to 1 (0.25) or a percentage (25%)
cli-serve-bad-delay = not a delay; use milliseconds (250 or 250ms) or seconds (1.5s), up to 10 minutes
cli-serve-no-route = { $option }: { $route } names no route; use an API id, create, poll, or one of: { $routes }
cli-state-broken = { $path } is not a sandbox state file ({ $error }); move it away or pass another --state
cli-state-line = line { $line }: { $error }
cli-cannot-write-file = cannot write { $path }: { $error }
cli-sandbox-cannot-serve = { $api }: the sandbox cannot serve it: { $reason }
cli-sandbox-no-block = it has no x-sandbox block
cli-sandbox-bad-param-schema = the schema of parameter { $name } does not compile: { $error }
cli-export-no-json-input = the aliyun CLI has no JSON-input form; use --as cli for { $api } (a ROA body already travels as one --body)

## Importing a pasted curl command or JSON (the wizard's import)
cli-import-option = curl option { $option } is not supported here; remove it and paste again
cli-import-missing-value = curl option { $option } needs a value
cli-import-body-file = { $option } reads the body from a file; paste the body inline (--data-raw '…')
cli-import-no-url = the curl command has no URL
cli-import-two-urls = the curl command has two URLs ({ $first } and { $second })
cli-import-no-match = no API matches { $method } { $path }; the APIs: { $apis }
cli-import-no-match-action = no API matches { $method } { $path } (action { $action }); the APIs: { $apis }
cli-import-ambiguous = { $method } { $path } fits several APIs ({ $apis }); add the x-acs-action header
cli-import-body = the body of a { $api } request must be a JSON object: { $reason }
cli-import-not-an-object = it is not an object
cli-import-neither = the text is neither a curl command nor JSON: { $error }
cli-import-not-object = a request document is a JSON object, not { $kind }
cli-import-unknown-document = no API's fields match this document; choose the API first
cli-import-ambiguous-document = this document fits several APIs equally ({ $apis }); choose the API first
cli-import-unterminated = the command ends inside a { $quote } quote
cli-import-unterminated-single = the command ends inside a single quote
cli-import-unterminated-double = the command ends inside a double quote
cli-json-array = an array
cli-json-string = a string
cli-json-number = a number
cli-json-boolean = a boolean
