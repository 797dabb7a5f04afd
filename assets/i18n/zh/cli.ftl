# 命令行：`--help` 对每个命令和参数的说明、clap 自带的词句，以及各命令以文本形式输出的内容。
# 与 en/cli.ftl 保持相同顺序。

## 帮助：命令
cli-about = 云资源“创建”API 的终端向导：构建、校验、导出并提交请求体。
cli-list-about = 列出各 API：id、标题、方法和路径
cli-schema-about = 输出请求文档的 JSON Schema
cli-example-about = 输出一份文档中的示例（未给 --name 时为第一个）
cli-validate-about = 校验一份文档：有效退出码为 0，无效为 1，输入无法读取或 API 未知为 2
cli-serve-about = 单独运行五个 API 的沙箱服务器
cli-serve-after = ROUTE 可以是 API id（它的创建和查询路由）、<api-id>:create、<api-id>:poll、create 或 poll；不写时该设置作用于所有路由。比例均匀分布：0.25 命中第 1、5、9……个请求。
cli-submit-about = 把请求文档发送到沙箱或真实端点
cli-sign-about = 输出将要发送的请求及其签名过程
cli-export-about = 把请求写成其他形式：json、curl、http、httpie、厂商 CLI，或使用官方 SDK 的 Python、TypeScript 程序
cli-help-about = 输出本帮助，或指定子命令的帮助

## 帮助：参数
cli-arg-lang = 界面语言：zh（中文）或 en（English）（默认依次取 APIWIZARD_LANG、向导中上次选择的语言、系统区域设置）
cli-arg-wizard-profile = 向导中 Ctrl-S、导出和签名视图所用的配置（profile）（默认：内置沙箱；在表单中按 `t` 切换）
cli-arg-api = API 的 id（见 `apiwizard list`）
cli-arg-file = JSON 请求文档；为 `-` 或省略时从标准输入读取
cli-arg-format = 结果的输出方式：text 供人阅读，json 供程序读取
cli-arg-example-name = 示例名称（取自 spec 中的示例；默认第一个）
cli-arg-serve-addr = 监听地址；端口为 0 时自动选一个空闲端口（会输出实际地址）。默认：`sandbox` 配置发送请求的地址（APIWIZARD_SANDBOX_URL，否则为 127.0.0.1:8642）
cli-arg-serve-speed = 已创建的资源在各状态间推进的速度：1 表示每个状态一秒
cli-arg-serve-fail-rate = 按此比例以该 API 的 5xx 错误应答请求（可重复）
cli-arg-serve-latency = 应答前等待这么久，如 200ms 或 1.5s（可重复）
cli-arg-serve-drop = 按此比例处理请求后不应答，直接关闭连接（可重复）
cli-arg-serve-job-fail-rate = 让此比例的已创建资源最终进入失败状态（可重复）
cli-arg-serve-quota = 修改文档中写明配额错误的 API 的配额上限（可重复）
cli-arg-serve-state = 把状态保存在此文件中而不是内存里（每次变化追加一行；被强行终止而写了一半的行会被丢弃）
cli-arg-serve-verify = 拒绝所有未用测试密钥对签名的创建和查询请求，并返回该 API 自己的签名错误（其 x-codes.signature_mismatch 错误码和文档中的状态码）
cli-arg-serve-key-id = 用于校验的测试 AccessKey ID（默认：$APIWIZARD_SANDBOX_AK，否则为 sandbox 配置中的值）
cli-arg-serve-key-secret = 测试 AccessKey Secret（默认：$APIWIZARD_SANDBOX_SK，否则为 sandbox 配置中的值）
cli-arg-serve-header-timeout = 请求头超过这么多秒仍未到齐（包括空闲时）就关闭连接
cli-arg-serve-body-timeout = 请求体超过这么多秒仍未到齐就拒绝该请求
cli-arg-serve-max-connections = 同时最多服务这么多个连接；其余的等待接受
cli-arg-submit-endpoint = `sandbox`（在空闲回环端口上启动的内嵌沙箱）或端点的基础 URL
cli-arg-submit-param = 操作参数（路径、查询或请求头参数），如 project_id=0605…；可重复。使用沙箱时，未给出的必填参数取第一个示例中的值
cli-arg-submit-wait = 跟踪已创建的资源，直到成功或失败
cli-arg-submit-timeout = 单次尝试最多用时（秒）
cli-arg-submit-attempts = 总尝试次数；网络错误和 5xx 应答会退避重试
cli-arg-submit-poll-interval = 使用 --wait 时两次查询的间隔（毫秒）
cli-arg-submit-wait-timeout = --wait 最多跟踪资源多少秒后放弃
cli-arg-submit-profile = 用此配置（profile）的密钥签名（默认：沙箱或回环 URL 用 `sandbox`，真实端点用 `env`）；没有密钥的配置会发送未签名的请求
cli-arg-submit-yes = 确认向真实（非回环）端点提交；这会创建计费资源
cli-arg-submit-scheme = 签名方式（同 `sign --scheme`）：该 API 的默认方式，或阿里云较早的 roa-v1 / rpc-v2
cli-arg-target-profile = 配置（profile）：`sandbox`、`env`（密钥取自 ALIBABA_CLOUD_* / HUAWEICLOUD_SDK_*）或 profiles.toml 中的某个配置
cli-arg-target-region = 地域（默认依次取文档中的地域字段、配置、环境变量、spec）
cli-arg-target-endpoint = 基础 URL，如 https://ecs.cn-beijing.aliyuncs.com（默认：配置中的值，否则为文档中的主机）
cli-arg-target-param = 文档之外的参数（project_id、X-Client-Token、IdempotentToken）；可重复
cli-arg-target-scheme = 签名方式：默认为 acs3（阿里云 V3）或 huawei；roa-v1（ROA 风格 API）或 rpc-v2（RPC 风格 API）是阿里云较早的 HMAC-SHA1 签名，部分官方 SDK 仍在使用
cli-arg-moment-date = 按此 RFC 3339 时间签名（华为云中即 X-Sdk-Date），如 2024-05-01T08:00:00Z
cli-arg-moment-nonce = 签名随机数（阿里云）；工具添加的幂等令牌也由它生成
cli-arg-sign-reveal = 输出文档中的敏感值（密码、密钥：其 writeOnly 字段）而不遮盖。无论是否遮盖，签名都基于真实值；安全令牌始终遮盖
cli-arg-export-as = 请求要写成的形式
cli-arg-export-reveal = 写出敏感值（密码、签名、安全令牌）而不遮盖
cli-arg-help-command = 输出指定子命令的帮助
cli-arg-help = 输出帮助
cli-arg-help-more = 输出帮助（`--help` 查看更多）
cli-arg-help-summary = 输出帮助（`-h` 查看摘要）
cli-arg-version = 输出版本

## 帮助：`export --as` 的各种形式
cli-as-json = 请求文档（JSON 请求体）
cli-as-curl = curl 命令；配置有密钥时带签名
cli-as-http = VS Code REST Client 和 JetBrains HTTP 客户端使用的 .http 格式请求
cli-as-httpie = HTTPie 命令
cli-as-cli = 厂商 CLI：`aliyun <product> <Action> --Param …` 或 `hcloud <Service> <Operation> --param=…`
cli-as-cli-json = 厂商 CLI 的 JSON 输入形式（`hcloud … --cli-jsonInput=FILE`），写成一段 shell 脚本
cli-as-python = 调用该 API 官方 Python SDK 的程序（凭据和敏感值取自环境变量）
cli-as-typescript = 调用该 API 官方 npm 包（或阿里云通用客户端）的 TypeScript Node.js 程序

## 帮助：clap 自带的词句
cli-usage-heading = 用法：
cli-commands-heading = 命令
cli-arguments-heading = 参数
cli-options-heading = 选项
cli-default = （默认：{ $value }）
cli-possible-values = （可选值：{ $values }）
cli-possible-values-heading = 可选值：
cli-help-with-note = { $help }{ $note }

## 解析错误（clap 的，已翻译）
cli-error-line = 错误：{ $sentence }
cli-error-unknown-argument = 无法识别的参数“{ $arg }”
cli-error-unknown-command = 无法识别的子命令“{ $arg }”
cli-error-missing = 缺少以下必填参数：{ $args }
cli-error-missing-command = 需要给出一个命令
cli-error-invalid-value = “{ $value }”不是“{ $arg }”的有效值
cli-error-allowed = 可选值：{ $values }
cli-error-bad-value = “{ $value }”不是“{ $arg }”的有效值：{ $reason }
cli-error-no-value = “{ $arg }”需要一个值，但没有给出
cli-error-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
cli-error-repeated = 参数“{ $arg }”不能多次使用
cli-error-other = 命令行有误：{ $detail }
cli-error-tip = 提示：有一个相近的参数“{ $suggestion }”
cli-error-tip-command = 提示：有一个相近的子命令“{ $suggestion }”
cli-error-more = 更多信息请运行 '--help'。

## 各命令输出的内容
cli-valid = 有效：该文档通过了 { $api } 的所有规则
cli-invalid = 无效：{ $api } 文档中有 { $count } 个问题
cli-no-such-example = { $api } 没有名为 { $name } 的示例；它的示例有：{ $examples }
cli-cannot-write = 无法写出结果：{ $error }
cli-no-runtime = 无法启动异步运行时：{ $error }
cli-serve-bad-speed = --speed { $speed } 必须是大于 0 的数（1 表示每个状态一秒）
cli-serve-bad-url = { $var } 的值为 { $url }；serve 需要这里是 http://IP:端口 形式的地址（或使用 --addr）
cli-serve-cannot-listen = 无法监听 { $addr }：{ $error }
cli-serve-listening = 沙箱正在监听 { $url }
cli-serve-checking = 按密钥对 { $key } 校验签名
cli-serve-stop = 按 Ctrl-C 停止
cli-serve-stopped = 沙箱已停止：{ $error }
cli-sign-no-key = 没有可用于签名的密钥
cli-sign-sdk-same = 官方 SDK（{ $package }）用{ $title }（{ $scheme }）为该 API 签名。
cli-sign-sdk-other = 官方 SDK（{ $package }）用{ $title }（{ $scheme }）为该 API 签名；--scheme { $scheme } 可按同样方式签名。
cli-param-shape = { $text } 必须写成 NAME=VALUE，如 project_id=0605767b8b00d5c32f2cc0169e5ae3c5
cli-bad-scheme = --scheme { $name } 不是 { $api } 接受的签名方式；可用：{ $schemes }
cli-submit-confirm = { $base } 是真实的云端点：提交会创建真实的计费资源。加上 --yes 以确认（沙箱和任何回环地址都不会询问）
cli-no-such-param-none = { $api } 没有参数 { $name }；它不接受任何参数
cli-no-such-param = { $api } 没有参数 { $name }；它的参数有：{ $params }
cli-submit-bad-endpoint = --endpoint { $endpoint } 必须是 sandbox，或以 http:// 或 https:// 开头的 URL
cli-submit-signing = 用配置（profile）{ $profile } 签名（{ $scheme }）
cli-submit-unsigned = 配置（profile）{ $profile } 没有密钥：请求将以未签名方式发送
cli-submit-missing-param = { $error }；请用 --param NAME=VALUE 传入
cli-submit-no-history = 无法写入历史记录：{ $error }
cli-job-state = 任务 { $job }：{ $state }
cli-job-poll-failed = 任务 { $job }：查询失败，正在重试：{ $reason }
cli-job-gave-up = 已停止跟踪该任务：{ $reason }
cli-job-timed-out = 该任务未在 { $seconds } 秒内结束
cli-job-abandoned = 没有人在跟踪该任务
cli-job-ended = 该任务最终状态为 { $state }
cli-report-answer = 应答：{ $status }
cli-report-created = 已创建：{ $id }
cli-report-synchronous = { $api } 同步应答：该应答即最终结果
cli-report-not-followed = 未跟踪（加上 --wait）
cli-report-failed = 失败：{ $error }
cli-report-history = 历史记录：{ $path }
cli-progress-token = （幂等令牌 { $token }）
cli-progress-more = …（还有 { $count } 个字符）
cli-progress-retry = { $ms } 毫秒后重试（第 { $attempt } 次尝试，同一令牌）：{ $reason }

## 请求、应答及其失败（与向导的任务窗格共用）
cli-submit-not-created = { $reason }；请求已发出，但没有创建{ $what }（按 { $name } 查询）：未创建，因此可以安全地再次发送
cli-submit-unknown = 结果未知：{ $reason }，因此该请求可能已创建了资源；{ $why }。再次发送前请按 { $name } 查找
cli-lookup-none = 该 API 没有可用于查询的调用
cli-lookup-its-name = 其名称
cli-lookup-call = 查询
cli-submit-recovered = { $reason }；{ $what } 显示它已创建为 { $id }（{ $name }），因此没有再次发送
cli-lookup-resource = 资源
cli-lookup-several = { $what } 显示自发送以来已有 { $count } 个同名资源（{ $ids }）
cli-lookup-failed = 用 { $what } 查询也失败了（{ $error }）
cli-lookup-refused = 查询被拒绝，HTTP 状态码 { $status }
cli-trouble-unsent = 无法连接：{ $reason }
cli-trouble-lost = 没有应答：{ $reason }
cli-server-answered = 服务器应答 { $status }
cli-send-setup = 无法建立 HTTP 客户端：{ $error }
cli-send-invalid = 无法发送该请求：{ $error }
cli-send-bad-method = { $method } 不是 HTTP 方法
cli-send-bad-header-name = { $name } 不是有效的请求头名称
cli-send-bad-header-value = 请求头 { $name } 含有 HTTP 无法传输的字符
cli-send-unreachable = 尝试 { $attempts } 次后 { $url } 仍没有应答：{ $reason }
cli-send-too-large = { $url } 的应答超过 { $mib } MiB
cli-send-redirected = { $url } 应答 { $status } 并指向 { $location }；不会跟随重定向（请求体和凭据会被发往那里）：请检查端点
cli-net-timeout = { $seconds } 秒后超时（服务器较慢时请调大 --timeout）
cli-net-refused = 连接被拒绝：该地址上没有服务在监听（服务器是否在运行？）
cli-net-dns = 无法解析主机名（DNS）；请检查端点的拼写
cli-net-tls = TLS 握手失败（证书或协议）；请确认端点使用 https
cli-refused-date = 服务器拒绝了请求的时间（{ $code }，{ $status }）：本机时钟的偏差超出了服务器允许的范围；校准后再提交
cli-refused-signature = 服务器拒绝了签名（{ $code }，{ $status }）：请检查配置（profile）{ $profile } 的密钥对；应答中给出了服务器的待签名字符串，可与我们的对比（向导的签名视图 s，或 `apiwizard sign`）

## 凭据和配置（profile）
cli-credentials-missing-one = { $provider } 凭据不完整：未设置 { $name }（请 export 它，或使用内嵌凭据的配置）
cli-credentials-missing = { $provider } 凭据不完整：未设置 { $names } 和 { $last }（请 export 它们，或使用内嵌凭据的配置）
cli-credentials-incomplete = { $provider } 凭据不完整
cli-profile-read = 无法读取 { $path }：{ $error }
cli-profile-parse = { $path } 无效：{ $message }
cli-profile-invalid = { $path } 中的配置 { $profile }：{ $message }
cli-profile-unknown = 未知的配置 { $name }；已有的配置：{ $known }
cli-profile-wrong-provider = 配置 { $profile } 用于 { $profile_provider }，而 { $api } 属于 { $api_provider }
cli-profile-credentials = 配置 { $profile }：{ $error }
cli-profile-no-credentials = 配置 { $profile } 没有凭据（credentials = "none"）；{ $what } 需要密钥
cli-profile-built-in = { $name } 是内置配置；请给这个配置换个名字
cli-profile-inline-needs-keys = credentials = "inline" 需要 access_key_id 和 access_key_secret
cli-profile-keys-not-inline = 这里写了密钥，但 credentials 不是 "inline"；请设置 credentials = "inline" 或删除这些密钥
cli-endpoint-scheme = 端点 { $endpoint } 必须使用 http:// 或 https://
cli-endpoint-no-host = 端点 { $endpoint } 没有主机
cli-endpoint-host-only = 端点 { $endpoint } 只能包含协议和主机（及端口），如 https://ecs.cn-hangzhou.aliyuncs.com
cli-not-a-param-none = { $name } 不是 { $api } 的参数；它不接受任何参数（文档字段请写在文件中）
cli-not-a-param = { $name } 不是 { $api } 的参数；它的参数有：{ $params }（文档字段请写在文件中）
cli-param-env-hint = ，或设置 { $var }，或在配置中添加 { $name }
cli-param-in-path = 路径
cli-param-in-query = 查询
cli-param-in-header = 请求头
cli-needs-param = { $api } 需要{ $place }参数 { $name }：请传入 --param { $name }=VALUE{ $hint }

## sign、serve 和 export 的细节
cli-sign-no-body = （无请求体）
cli-sign-signed-with = 签名方式：{ $scheme }（{ $algorithm }），配置（profile）{ $profile }
cli-sign-canonical-request = 规范请求（canonical request）
cli-sign-string-to-sign = 待签名字符串（string to sign）
cli-scheme-acs3 = 阿里云 V3 签名
cli-scheme-huawei = 华为云 AK/SK 签名
cli-scheme-roa-v1 = 阿里云 ROA 签名（HMAC-SHA1）
cli-scheme-rpc-v2 = 阿里云 RPC V2 签名（HMAC-SHA1）
cli-bad-date = --date { $date } 不是 RFC 3339 时间（如 2024-05-01T08:00:00Z）：{ $error }
cli-empty-nonce = --nonce 不能为空
cli-serve-empty-route = { $text } 在“=”前的路由为空；请写成 ROUTE=VALUE 或只写 VALUE
cli-serve-bad-rate = 不是有效的比例；请用 0 到 1 之间的数（0.25）或百分比（25%）
cli-serve-bad-delay = 不是有效的延迟；请用毫秒（250 或 250ms）或秒（1.5s），最长 10 分钟
cli-serve-no-route = { $option }：{ $route } 不对应任何路由；请用 API id、create、poll，或以下之一：{ $routes }
cli-state-broken = { $path } 不是沙箱状态文件（{ $error }）；请把它移走，或用 --state 指定其他文件
cli-state-line = 第 { $line } 行：{ $error }
cli-cannot-write-file = 无法写入 { $path }：{ $error }
cli-sandbox-cannot-serve = { $api }：沙箱无法提供该 API：{ $reason }
cli-sandbox-no-block = 它没有 x-sandbox 块
cli-sandbox-bad-param-schema = 参数 { $name } 的 schema 无法编译：{ $error }
cli-export-no-json-input = aliyun CLI 没有 JSON 输入形式；{ $api } 请用 --as cli（ROA 请求体本来就作为一个 --body 传递）

## 导入粘贴的 curl 命令或 JSON（向导的导入）
cli-import-option = 此处不支持 curl 选项 { $option }；请删除后重新粘贴
cli-import-missing-value = curl 选项 { $option } 需要一个值
cli-import-body-file = { $option } 从文件读取请求体；请直接粘贴请求体（--data-raw '…'）
cli-import-no-url = 该 curl 命令没有 URL
cli-import-two-urls = 该 curl 命令有两个 URL（{ $first } 和 { $second }）
cli-import-no-match = 没有 API 对应 { $method } { $path }；现有的 API：{ $apis }
cli-import-no-match-action = 没有 API 对应 { $method } { $path }（action { $action }）；现有的 API：{ $apis }
cli-import-ambiguous = { $method } { $path } 对应多个 API（{ $apis }）；请加上 x-acs-action 请求头
cli-import-body = { $api } 请求的请求体必须是 JSON 对象：{ $reason }
cli-import-not-an-object = 它不是对象
cli-import-neither = 这段文本既不是 curl 命令也不是 JSON：{ $error }
cli-import-not-object = 请求文档是 JSON 对象，而不是 { $kind }
cli-import-unknown-document = 没有哪个 API 的字段与该文档相符；请先选择 API
cli-import-ambiguous-document = 该文档同样符合多个 API（{ $apis }）；请先选择 API
cli-import-unterminated = 命令在 { $quote } 引号内结束了
cli-import-unterminated-single = 命令在单引号内结束了
cli-import-unterminated-double = 命令在双引号内结束了
cli-json-array = 数组
cli-json-string = 字符串
cli-json-number = 数字
cli-json-boolean = 布尔值
