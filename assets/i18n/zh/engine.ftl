# 引擎：校验消息、表单文字、输入与规格文件错误、草稿、历史和任务。
# 字段以其路径称呼（{ $field }）；值带引号显示（{ $value }）。

## 共用词句
engine-the-document = 请求体
engine-with-rule = { $what }；允许：{ $rule }
engine-with-rule-paren = { $what }（{ $rule }）
engine-list-separator = 、
engine-or = { $rest } 或 { $last }
engine-option = 选项 { $number }
engine-value-meaning = { $value }（{ $meaning }）

## JSON 类型，用于描述一个值
engine-type-null = 空值 null
engine-type-boolean = 布尔值
engine-type-integer = 整数
engine-type-number = 数字
engine-type-string = 字符串
engine-type-array = 数组
engine-type-object = 对象
engine-type-any = 任意值

## 校验消息
engine-not-object = 请求体必须是 JSON 对象，而它是{ $kind }（{ $value }）
engine-missing = { $field } 为必填字段，但尚未填写
engine-param-missing = 参数 { $name } 为必填，但尚未填写
engine-unknown-field = { $field } 不是文档中定义的字段
engine-unknown-field-known = { $field } 不是文档中定义的字段；此处可用的字段：{ $known }
engine-type = { $field } 必须是{ $expected }，而它是{ $kind }（{ $value }）
engine-too-short = { $field } 太短：现有 { $count } 个字符，至少需要 { $limit } 个
engine-too-long = { $field } 太长：现有 { $count } 个字符，最多允许 { $limit } 个
engine-pattern-rule = { $field } 的格式不对（{ $value }）；允许：{ $rule }
engine-pattern = { $field }（{ $value }）必须匹配正则表达式 { $pattern }
engine-minimum = { $field } 为 { $value }，低于最小值 { $limit }
engine-maximum = { $field } 为 { $value }，高于最大值 { $limit }
engine-exclusive-minimum = { $field } 为 { $value }；必须大于 { $limit }
engine-exclusive-maximum = { $field } 为 { $value }；必须小于 { $limit }
engine-multiple-of = { $field } 为 { $value }；必须是 { $multiple } 的整数倍
engine-enum = { $field } 为 { $value }；允许的值：{ $allowed }
engine-const = { $field } 必须为 { $expected }，而它是 { $value }
engine-min-items = { $field } 现有 { $count } 项；至少需要 { $limit } 项
engine-max-items = { $field } 现有 { $count } 项；最多允许 { $limit } 项
engine-min-entries = { $field } 现有 { $count } 个条目；至少需要 { $limit } 个
engine-max-entries = { $field } 现有 { $count } 个条目；最多允许 { $limit } 个
engine-unique-items = { $field } 中有重复的项；各项必须互不相同
engine-format = { $field }（{ $value }）不是有效的 { $format }
engine-custom = { $field } { $problem }
engine-one-of-none-rule = { $field } 不符合任何一个选项（{ $titles }）；允许：{ $rule }
engine-one-of-none = { $field } 不符合任何一个选项；请在以下选项中恰好选择一个：{ $titles }
engine-one-of-many-rule = { $field } 同时符合多个选项（{ $titles }）；允许：{ $rule }
engine-one-of-many = { $field } 同时符合多个选项；请在以下选项中恰好选择一个：{ $titles }
engine-any-of = { $field } 不符合任何一种允许的形式
engine-not = { $field } 含有不允许的组合
engine-false-schema = 此处不允许出现 { $field }
engine-contains = { $field } 中没有所需类型的项
engine-content-encoding = { $field } 不是有效的 { $encoding } 文本
engine-content-media-type = { $field } 的内容不是有效的 { $media }
engine-unevaluated-items = { $field } 含有规则未描述的项：{ $items }
engine-undocumented-fields = { $field } 含有文档中未定义的字段：{ $names }
engine-required-property = { $field } 缺少必填字段 { $name }
engine-property-names = { $field } 含有不允许的键
engine-key-of = { $field } 的键 { $key }
engine-regex-too-complex = { $field }（{ $value }）无法按其正则表达式校验（表达式过于复杂）
engine-referencing = { $field } 无法校验：规格文件引用了其中不存在的部分
engine-other-keyword = { $field } 不符合 { $keyword } 关键字的规则
engine-over-items = { $field } 现有 { $count } 项，最多允许 { $max } 项（其中各项未校验）
engine-over-entries = { $field } 现有 { $count } 个条目，最多允许 { $max } 个（其中各条目未校验）
engine-more = 另有 { $more } 个问题未列出，共 { $kinds } 类（{ $counts }）：请先修正上面的问题
engine-schema-not-compile = 请求的 schema 无法编译：{ $error }
engine-keyword-malformed = 关键字 { $keyword } 的写法有误：{ $error }

## 自定义关键字（每条都接在字段名之后）
engine-password-bad-char = 含有不允许的字符 { $char }；只能使用{ $classes }
engine-password-classes = 只用了 { $used } 类字符；需要至少包含以下 { $min } 类：{ $classes }
engine-class-upper = 大写字母
engine-class-lower = 小写字母
engine-class-digit = 数字
engine-class-special = 特殊字符（{ $chars }）
engine-forbid-word = 不得包含 { $word }
engine-forbid-reversed = 不得包含倒写的 { $word }（{ $reversed }）
engine-not-base64 = 不是有效的 base64（A-Z a-z 0-9 + /，末尾以 = 补齐）
engine-decoded-too-large = 解码后为 { $bytes } 字节；编码前最多允许 { $max } 字节
engine-json-string = 必须是有效的 JSON：{ $error }
engine-time-not-iso = 不是 ISO 8601 UTC 时间，例如 2030-09-25T12:05:00Z
engine-time-too-soon = 必须至少在 { $minutes } 分钟之后
engine-time-too-late = 必须在 { $days } 天之内

## 读取文档
engine-stdin = 标准输入
engine-input-unreadable = 无法读取 { $name }：{ $error }
engine-input-not-utf8 = { $name } 不是 UTF-8 文本（偏移 { $offset } 处的字节有误）；请以 UTF-8 编码保存
engine-input-too-large = { $name } 超过 { $mib } MiB；请求文档必须小于此大小
engine-json-data = { $name } 无法使用：{ $error }
engine-json-io = { $name } 无法作为 JSON 读取：{ $error }
engine-json-syntax = { $name } 不是有效的 JSON：{ $error }
engine-json-eof = { $name } 在 JSON 完整之前就结束了：{ $error }
engine-json-at = 第 { $line } 行第 { $column } 列：{ $problem }
engine-too-many-values = 文档中的值超过 { $max } 个；这些 API 的请求都远少于此数
engine-too-deep = 文档嵌套超过 { $max } 层；真实的请求都不到十层
engine-duplicate-key = 键 { $key } 在同一个对象中出现了两次（该用哪个值？）；请只保留一个
engine-io-not-found = 文件或目录不存在
engine-io-permission = 没有访问权限
engine-io-directory = 这是一个目录
# serde_json 报告的问题，用我们的话说。
engine-json-eof-list = 列表尚未结束，文本就到头了
engine-json-eof-object = 对象尚未结束，文本就到头了
engine-json-eof-string = 字符串尚未结束，文本就到头了
engine-json-eof-value = 值尚未写完，文本就到头了
engine-json-expected-colon = 此处应为 `:`
engine-json-expected-list-comma = 此处应为 `,` 或 `]`
engine-json-expected-object-comma = 此处应为 `,` 或 `{ "}" }`
engine-json-expected-ident = 此处应为 true、false 或 null
engine-json-expected-value = 此处应为一个值
engine-json-invalid-escape = 转义序列无效
engine-json-invalid-number = 数字无效
engine-json-number-range = 数字超出范围
engine-json-invalid-unicode = Unicode 码位无效
engine-json-control-char = 字符串中出现了控制字符（\u0000-\u001F）
engine-json-key-string = 键必须是字符串
engine-json-trailing-comma = 末尾多了一个逗号
engine-json-trailing-chars = JSON 之后还有多余的字符
engine-json-recursion = 嵌套层数超出限制

## 规格文件
engine-spec-invalid = 规格文件 { $file } 无效：{ $reason }
engine-unknown-api = 未知的 API id { $given }；已知的 id：{ $known }
engine-unknown-api-suggest = 未知的 API id { $given }（您是不是要找 { $suggestion }？）；已知的 id：{ $known }
engine-spec-missing = 缺少 { $what }
engine-spec-one-path = paths 中必须恰好有一个路径
engine-spec-one-operation = 该路径必须恰好有一个操作
engine-spec-no-operation = 没有操作
engine-spec-style = x-style 必须是 roa、rpc 或 huawei-rest，而不是 { $style }
engine-spec-param-in = 参数 { $name } 位于 { $place }；只支持 path、query 或 header

## 表单
engine-step-params = 请求参数
engine-step-basics = 基本信息
engine-add-item = + 添加列表项
engine-add-key = + 添加键
engine-choose = 选择：{ $fields }
engine-choose-one = 任选其一
engine-neither = 都不选
engine-kind-text = 文本
engine-kind-secret = 敏感文本
engine-kind-base64 = 文本（以 base64 编码发送）
engine-kind-json-text = 字符串中的 JSON
engine-kind-integer = 整数
engine-kind-number = 数字
engine-kind-boolean = 是/否（true / false）
engine-kind-choice = 从列表中选一个
engine-kind-object = 对象
engine-kind-array = 列表
engine-kind-map = 键值映射
engine-kind-raw-json = 原始 JSON
engine-edit-not-integer = { $text } 不是整数；请输入数字，开头可加 -
engine-edit-out-of-range = { $text } 超出范围：{ $range }
engine-edit-not-number = { $text } 不是数字；请输入数字，可带 - 和小数点
engine-edit-not-json = 不是有效的 JSON：{ $error }
engine-edit-kept-not-json = 已按输入保留，但还不是有效的 JSON：{ $error }
engine-edit-too-many-items = 此列表最多允许 { $max } 项
engine-edit-duplicate-key = 键 { $key } 已存在
engine-edit-empty-key = 键不能为空
engine-edit-nothing = 此处没有可修改的值
engine-range-between = 允许 { $min }–{ $max }
engine-range-at-most = 最多 { $max }
engine-range-at-least = 至少 { $min }，最多 { $max }
engine-range-whole = 整数最大为 { $max }
engine-key-too-long = 该键有 { $count } 个字符，最多允许 { $max } 个
engine-key-too-short = 该键有 { $count } 个字符，至少需要 { $min } 个
engine-map-full = 此映射最多包含 { $max } 个键

## 草稿、历史、请求和任务
engine-draft-unreadable = 无法读取草稿 { $path }：{ $reason }
engine-draft-empty = 尚未填写任何内容
engine-draft-fields = 已填写 { $count } 个字段
engine-server-answered = 服务器返回 { $status }
engine-history-bad-id = { $id } 不是历史记录的 id
engine-path-param-missing = 路径参数 { $name } 为必填，但为空
engine-job-spec = { $api }：x-progress 缺失或格式有误：{ $reason }
engine-job-no-progress = 没有 x-progress 块
engine-job-poll-needs = poll 模式需要 request 和 status 指针
engine-job-no-status = 轮询应答中 { $pointer } 处没有状态
engine-job-no-poll = 此 API 没有轮询请求
engine-job-poll-answered = 轮询请求返回 { $status }：{ $body }
engine-phase-running = 进行中
engine-phase-succeeded = 已成功
engine-phase-failed = 已失败
