# 向导各屏幕显示的文字：开始屏幕、表单各窗格、任务窗格以及其上的浮层。编号以 view- 开头。

## Whole screen

view-too-small = 终端太小：{ $width }x{ $height }。apiwizard 至少需要 { $min_width }x{ $min_height }，请放大窗口（Ctrl-C 退出）。

## Start screen

view-start-title = apiwizard — 构建、校验并发送云资源创建请求
view-start-subtitle = 请选择一个 API（沙箱会应答每个请求，无需云账号）
view-start-filter = 筛选：
view-start-filter-empty = 输入文字以筛选
view-start-no-match = 没有与 { $filter } 匹配的 API；按 Backspace 或 Esc 清除筛选。

## Key hints (each follows its key's name)

view-hint-previous = 上一个
view-hint-next = 下一个
view-hint-open = 打开
view-hint-clear-quit = 清除 / 退出
view-hint-help = 帮助
view-hint-quit = 退出
view-hint-edit = 编辑
view-hint-next-step = 下一步骤
view-hint-next-problem = 下一个问题
view-hint-submit = 提交
view-hint-undo = 撤销
view-hint-export = 导出
view-hint-preview = 预览
view-hint-back = 返回
view-hint-choose = 选择
view-hint-close = 关闭
view-editing-multiline-hints = 编辑中：Enter 换行 · Esc 完成 · Ctrl-U 清空 · Ctrl-W 删词 · Ctrl-Z 撤销
view-editing-hints = 编辑中：Enter/Esc 完成 · Ctrl-U 清空 · Ctrl-W 删词 · Ctrl-Z 撤销 · Alt-R 显示
view-zoom-hints = ↑/↓ PgUp/PgDn 滚动 · v 下一视图 · z / Esc 返回表单

## Form: top bar and steps

view-form-valid = 有效
view-form-problems = { $count } 个问题
view-form-to-sandbox = → 沙箱 { $address }
view-form-sandbox-starting = → 沙箱启动中…
view-form-to-cloud = → { $profile }（真实云）
view-steps = 步骤

## Form: field rows

view-rows-title = 字段
view-rows-empty = （此处为空，按 Esc 返回）
view-row-required = 必填
view-row-base64 = 文本：{ $text }
view-row-items = { $count } 项
view-row-keys = { $count } 个键
view-row-fields = 已填 { $count } 个字段
view-row-empty-text = ""（空文本）
view-row-unknown = 规格中没有：{ $value }

## Form: the focused field's help

view-details-title = 帮助
view-details-editing = 正在编辑 { $field } — 完成后按 Esc
view-details-unknown = 规格中没有此字段：按导入时的原样保留；按 x 删除。
view-details-item = { $kind } · 列表的第 { $number } 项
view-details-key = { $kind } · 映射中的一个键（按 r 重命名）
view-details-alternatives = 在几个选项中选择一个（Enter 切换；其他选项的值会保留）
view-details-required = { $kind } · 必填
view-details-optional = { $kind } · 可选
view-details-allowed = 取值：{ $rule }
view-details-limits = 限制：{ $limits }
view-details-default = 默认值：{ $value }
view-details-example = 示例：{ $value }
view-limit-length-range = { $min }–{ $max } 个字符
view-limit-length-min = 至少 { $min } 个字符
view-limit-length-max = 最多 { $max } 个字符
view-limit-value-range = 取值 { $min }–{ $max }
view-limit-value-min = 最小 { $min }
view-limit-value-max = 最大 { $max }
view-limit-items-range = { $min }–{ $max } 项
view-limit-items-min = 至少 { $min } 项
view-limit-items-max = 最多 { $max } 项
view-limit-keys-range = { $min }–{ $max } 个键
view-limit-keys-min = 至少 { $min } 个键
view-limit-keys-max = 最多 { $max } 个键
view-limit-pattern = 模式 { $pattern }
view-limit-format = 格式 { $format }

## Form: the preview pane

view-preview-body = JSON 请求体
view-preview-http = HTTP 请求
view-preview-wire = RPC 线上格式
view-preview-title = { $view }（v 下一视图 · z 放大）
view-preview-zoomed-title = { $view } — ↑/↓ PgUp/PgDn 滚动 · v 下一视图 · z / Esc 返回
view-preview-lines = 第 { $first }–{ $last } 行，共 { $total } 行
view-preview-rpc-query = （参数放在查询串中：按 v 查看）
view-preview-no-parameters = （尚未设置任何参数）

## The job pane

view-job-title = 任务 { $id }（v：请求体 · o：任务列表）
view-job-missing = 没有这个任务
view-job-sending = 发送中
view-job-following = 进行中
view-job-succeeded = 成功
view-job-failed = 失败
view-job-timeline = 时间线
view-job-answer = 应答
view-job-dry-run-title = { $title }（试运行）
view-job-same-failure = 同样的失败
view-job-query-parameters = （{ $count } 个查询参数；按 s 查看全部）
view-job-sent = 已发送
view-job-sent-with-token = 已发送，幂等令牌 { $token }
view-job-retrying = 重试中（第 { $attempt } 次）：{ $reason }
view-job-retrying-same-token = 重试中（第 { $attempt } 次，同一令牌）：{ $reason }
view-job-answered = 已应答 { $status }
view-job-answered-created = 已应答 { $status }：已创建 { $created }
view-job-dry-run-passed = 试运行通过：服务端接受此请求；未创建任何资源
view-job-no-answer = 失败：{ $reason }
view-job-poll-trouble = 查询进度失败，正在重试：{ $reason }

## Layers: help, prompts, notices, confirmations, problems

view-help-title = 帮助 — 所有按键（Esc 关闭）
view-help-text-boxes = 在文本框中（提示框和编辑器）
view-help-more = 第 { $first }–{ $last } 行，共 { $total } 行 · PgDn / ↓ 查看更多
view-help-end = 第 { $first }–{ $last } 行，共 { $total } 行 · PgUp / ↑ 返回 · Esc 关闭
view-prompt-keys = Enter 确认 · Esc 取消 · Ctrl-U 清空 · Ctrl-W 删除一个词
view-prompt-selecting-keys = 输入会替换选中的文字 · End 保留 · Enter 确认 · Esc 取消
view-notice-title = 此处不可用
view-notice-keys = 按 Esc 或 Enter 关闭；其他按键在此等待。
view-confirm-title = 确认
view-confirm-keys = y 是 · n 否
view-confirm-real-title = 真实云
view-confirm-real-keys = y 发送 · n 取消
view-confirm-real-dry-keys = y 发送 · d 先试运行（只校验，不创建） · n 取消
view-confirm-replay-title = 重放
view-confirm-replay-keys = g 换新令牌并发送 · y 发送重放 · n 取消
view-problems-title = 问题（Enter 跳转到该字段）
view-problems-none = 没有问题：请求有效。
