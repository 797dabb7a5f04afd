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
cli-export-about = 把请求写成其他形式：json、curl、http、httpie 或厂商 CLI
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
cli-sign-sdk-same = 官方 SDK（{ $package }）用 { $title }（{ $scheme }）为该 API 签名。
cli-sign-sdk-other = 官方 SDK（{ $package }）用 { $title }（{ $scheme }）为该 API 签名；--scheme { $scheme } 可按同样方式签名。
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
