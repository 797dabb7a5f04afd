# 向导的按键、提示、菜单、通知与状态行（分区：wizard）。

## 按键表：每个按键的作用，即帮助界面（?）所列

wizard-key-global-quit = 退出
wizard-key-global-language = 中文 / English：切换语言（下次启动时沿用）
wizard-key-editing-done = 结束单行字段的编辑（多行字段中为换行）
wizard-key-editing-finish = 结束编辑
wizard-key-editing-reveal = 显示 / 隐藏密钥
wizard-key-overlay-up = 上一项
wizard-key-overlay-down = 下一项
wizard-key-overlay-page-up = 上一页
wizard-key-overlay-page-down = 下一页
wizard-key-overlay-enter = 选择
wizard-key-overlay-back = 关闭
wizard-key-start-up = 上一个 API
wizard-key-start-down = 下一个 API
wizard-key-start-enter = 打开该 API
wizard-key-start-back = 清空筛选 / 退出
wizard-key-start-help = 帮助
wizard-key-form-up = 上一个字段
wizard-key-form-down = 下一个字段
wizard-key-form-page-up = 上一页
wizard-key-form-page-down = 下一页
wizard-key-form-next-step = 下一步骤
wizard-key-form-prev-step = 上一步骤
wizard-key-form-enter = 编辑 / 打开 / 选择
wizard-key-form-back = 返回上一层
wizard-key-form-toggle = 切换 true/false 字段
wizard-key-form-unset = 清空字段 / 删除列表项
wizard-key-form-undo = 撤销上一次更改（编辑、清空、删除、切换、导入）
wizard-key-form-redo = 重做被 u 撤销的更改
wizard-key-form-add-item = 添加列表项 / 映射键
wizard-key-form-duplicate-item = 复制该列表项
wizard-key-form-move-item-up = 上移该列表项
wizard-key-form-move-item-down = 下移该列表项
wizard-key-form-rename-key = 重命名映射键
wizard-key-form-next-problem = 跳到下一个问题
wizard-key-form-problems = 列出全部问题
wizard-key-form-required-only = 只看必填字段 / 全部字段
wizard-key-form-preview-mode = 预览：请求体 / HTTP 请求 / 传输格式
wizard-key-form-zoom = 将预览放大到全屏或还原（全屏时可滚动）
wizard-key-form-reveal = 显示 / 隐藏该密钥
wizard-key-form-generate-token = 生成幂等令牌
wizard-key-form-export = 导出：文件、剪贴板、curl
wizard-key-form-import = 导入 JSON 文件或 curl 命令
wizard-key-form-submit = 提交请求
wizard-key-form-target = 目标：沙箱或真实云的配置（profile）
wizard-key-form-signature = 签名：逐步查看签名后的请求
wizard-key-form-jobs = 本次会话的任务
wizard-key-form-keep-secrets = 在此草稿中保存密钥（默认不保存）
wizard-key-form-help = 帮助：全部按键
wizard-key-form-quit = 退出

## 帮助界面的各节

wizard-help-form = 表单
wizard-help-editing = 编辑时
wizard-help-start = 开始界面
wizard-help-overlay = 列表与对话框
wizard-help-global = 任何位置

## 所有文本框（提示框与字段编辑器）的按键

wizard-text-key-clear = 删除到行首（若默认值已选中则全部删除）
wizard-text-key-word = 删除光标前的一个词
wizard-text-key-home-end = 跳到行首 / 行尾
wizard-text-key-undo = 撤销输入（编辑完成后，u 撤销整次编辑）
wizard-text-key-newline = 在多行编辑器中换行（Esc 结束）
wizard-text-key-typing = 直接输入会替换提示框中选中的默认值；按方向键或 End 则保留它

## 语言切换

wizard-lang-switched = 语言：中文（按 Ctrl-L 切回 English；下次启动时沿用）
wizard-lang-not-remembered = 语言已切换，但未能保存供下次启动使用：{ $error }

## 人们习惯的时间说法

wizard-when-now = 刚刚
wizard-when-seconds = { $count } 秒前
wizard-when-minutes = { $count } 分钟前
wizard-when-hours = { $count } 小时前
wizard-when-days = { $count } 天前
wizard-when-today = 今天 { $clock }
wizard-when-yesterday = 昨天 { $clock }
# $month 为 1–12。
wizard-when-date = { $month }月{ $day }日 { $clock }

## 表单的起点菜单：从何处开始

wizard-origin-title = { $api }：选择起点
wizard-origin-empty = 空白表单
wizard-origin-empty-detail = 从空白开始；必填字段的默认值已填好
wizard-origin-example = 示例：{ $name }
wizard-origin-draft = 草稿，保存于 { $saved }（按 x 删除）
wizard-origin-draft-secrets = { $summary }；含密钥
wizard-origin-draft-no-secrets = { $summary }；未保存密钥
wizard-origin-sent = 发送于 { $when }：{ $outcome }
wizard-origin-sent-answered = 已应答 { $status }
wizard-origin-sent-refused = 被拒绝 { $status }
wizard-origin-sent-no-answer = 无应答
wizard-origin-sent-detail = 重新打开已发送的内容
wizard-origin-sent-detail-secrets = 重新打开已发送的内容；需重新输入 { $secrets }
wizard-origin-import = 导入 JSON 文件或 curl 命令…
wizard-origin-import-detail = 未知字段会保留并标出

## 菜单、确认与草稿

wizard-confirm-y-or-n = 按 y 表示是，按 n 表示否
wizard-example-token = 此示例沿用文档中的幂等令牌 { $token }：用它再次按 Ctrl-S 会重放第一次的应答；按 g 生成新令牌
wizard-import-prompt = 导入：输入 JSON 文件的路径，或粘贴 curl 命令
wizard-delete-draft-where = x 用于删除草稿；请先移到一份草稿上
wizard-delete-draft-confirm = 删除保存于 { $saved } 的草稿？
wizard-overwrite-declined = 未改动 { $path }；请输入其他文件名，或按 Esc
wizard-restored = 已恢复保存于 { $saved } 的草稿
wizard-restored-retype = 已恢复保存于 { $saved } 的草稿；草稿不保存密钥，请重新输入 { $secrets }
wizard-draft-deleted = 草稿已删除
wizard-replay-declined = 未发送任何内容（按 g 生成新的幂等令牌）

## 表单操作：通知、菜单与提示框

wizard-signature-what = 签名视图
wizard-signature-signed = 以配置（profile）{ $profile } 于 { $when } 签名；提交时会在发送前重新签名。
wizard-signature-token = 幂等令牌 { $token } 是为此视图生成的；提交时会另行生成。
wizard-signature-compare = 服务器提示签名不匹配时，请与其应答对照。
wizard-edit-error = { $field }：{ $error }
wizard-edit-error-kept = { $field }：{ $error }；保留原来的值
wizard-refuse-toggle = Space 用于切换 true/false 字段，而此行不是。
wizard-rename-key-prompt = 将键 { $key } 重命名为
wizard-refuse-rename = r 用于重命名映射的键，而此行不是。
wizard-no-problems = 没有问题：请求有效
wizard-required-only = 只显示必填字段
wizard-all-fields = 显示全部字段
wizard-refuse-reveal = * 用于显示或隐藏密钥，而此字段不是密钥。
wizard-signature-title = 签名（↑/↓ 滚动，Esc 关闭）
wizard-export-title = 导出
wizard-import-into-prompt = 导入到此表单：输入 JSON 文件的路径，或粘贴 curl 命令
wizard-keep-secrets-on = 此草稿会把密钥保存在磁盘上
wizard-keep-secrets-off = 此草稿不保存密钥
wizard-zoomed = 预览已占满屏幕：按 z 或 Esc 返回表单
wizard-choice-unset = （未设置）
wizard-choice-unset-detail = 不填写此字段
wizard-choice-empty-text = ""（空文本）
wizard-choice-title = { $field }：选择一个值
wizard-already-empty = { $field } 已经为空
wizard-removed-item = 已删除第 { $number } 项（按 u 撤销）
wizard-removed-key = 已删除键 { $key }（按 u 撤销）
wizard-cleared = 已清空 { $field }（按 u 撤销）
wizard-no-token = 此 API 不接受幂等令牌
wizard-export-secrets-confirm = 该文件将以明文保存 { $secrets }。文件仅你本人可读（0600）。确定连同密钥一起保存吗？
wizard-copied-body = 已将请求体复制到剪贴板（经由终端，OSC 52）
wizard-copied-format = 已将 { $format } 形式复制到剪贴板（密钥已遮盖）
wizard-export-http-note = （.http 请求；密钥已遮盖）
wizard-export-http-prompt = 将 .http 文件另存为
wizard-export-program-note = （使用官方 SDK 的程序；密钥从环境变量读取）
wizard-export-program-prompt = 将程序另存为
wizard-export-no-name = 请输入文件名（Esc 取消）
wizard-prompt-refused = { $error }；请输入其他内容，或按 Esc

## 列表与映射，以及某一行上可用的按键

wizard-added-item = 已向 { $list } 添加第 { $number } 项
wizard-list-refused = { $list }：{ $error }。
wizard-new-key-prompt = { $map } 中的新键
wizard-refuse-add = a 用于向列表添加列表项或向映射添加键，而此行两者都不是。
wizard-refuse-duplicate = c 用于复制列表中的列表项，而此行不是。
wizard-refuse-move-up = K 用于上移列表中的列表项，而此行不是。
wizard-refuse-move-down = J 用于下移列表中的列表项，而此行不是。
wizard-copied-item = 已将 { $list } 的第 { $from } 项复制为第 { $to } 项（按 u 撤销）
wizard-moved-item = 已将 { $list } 的第 { $from } 项移到第 { $to } 项（按 u 撤销）
wizard-item-first = 第 { $number } 项已经是第一项
wizard-item-last = 第 { $number } 项已经是最后一项
wizard-works-nothing = Tab 切换到其他步骤；? 列出全部按键。
wizard-works-item = 在列表项上：Enter 打开或编辑，c 复制，K / J 移动，x 删除，a 添加列表项。
wizard-works-key = 在映射键上：Enter 编辑其值，r 重命名键，x 删除，a 添加键。
wizard-works-add = 在此行按 Enter 添加。
wizard-works-alternatives = 在此行按 Enter 在各选项之间选择。
wizard-works-boolean = 在 true/false 字段上：Space 切换，x 清空。
wizard-works-list = 在列表上：Enter 打开，a 添加列表项。
wizard-works-map = 在映射上：Enter 打开，a 添加键。
wizard-works-object = 在对象上：Enter 打开。
wizard-works-choice = 在选择字段上：Enter 打开取值列表，x 清空。
wizard-works-field = 在字段上：Enter 编辑，x 清空。

## 导出

wizard-export-file-no-secrets = 将请求体保存到文件（不含密钥）
wizard-export-file = 将请求体保存到文件
wizard-export-file-secrets = 将请求体保存到文件，包含密钥
wizard-export-clipboard = 将请求体复制到剪贴板（OSC 52；不含密钥）
wizard-export-curl = 复制 curl 命令（按配置（profile）签名；密钥已遮盖）
wizard-export-http = 保存 .http 文件（VS Code REST Client / JetBrains）
wizard-export-httpie = 复制 HTTPie 命令
wizard-export-cli = 复制云厂商 CLI 命令行（aliyun / hcloud）
wizard-export-python-copy = 复制使用官方 SDK 的 Python 程序
wizard-export-python-save = 保存使用官方 SDK 的 Python 程序
wizard-export-typescript-copy = 复制使用官方 SDK 的 TypeScript 程序
wizard-export-typescript-save = 保存使用官方 SDK 的 TypeScript 程序
wizard-export-note-secrets = ，含密钥 { $secrets }（共 { $count } 项），仅你本人可读（0600）
wizard-export-note-invalid = ，不含密钥 { $secrets }（共 { $count } 项）：重新填写之前，该文件无法通过校验{ $changes }
wizard-export-note-refill = ，不含密钥 { $secrets }（共 { $count } 项）：重新填写之后才能发送{ $changes }
wizard-export-prompt-secrets = 将请求体（含密钥）另存为
wizard-export-prompt = 将请求体另存为
wizard-export-note-reads-back = ；读回时，{ $object } 会是“{ $then }”而不是“{ $now }”

## 向导整体：打开表单、文件、任务、离开

wizard-unknown-api = 未知的 API { $api }
wizard-kept-unknown = 保留了 { $count } 个规格中没有的字段：{ $fields }（相应行已标出；按 x 删除）
wizard-interrupted = 上次会话在编辑 { $api } 时未经退出就结束了（保存于 { $saved }：{ $summary }）。恢复该草稿吗？
wizard-file-written = 已写入 { $path }{ $note }
wizard-file-exists = { $path } 已存在。要覆盖吗？
wizard-sandbox-failed = 内置沙箱无法启动：{ $error }
wizard-no-jobs = 还没有任务：按 Ctrl-S 提交表单
wizard-job-item = 任务 { $id } · { $title } · { $outcome }
wizard-jobs-title = 本次会话的任务
wizard-job-sending = 发送中
wizard-job-following = 跟踪中
wizard-job-succeeded = 成功
wizard-job-failed = 失败
wizard-leave-secrets = 草稿不保存密钥，因此 { $secrets } 将会丢失（按 S 可在草稿中保存密钥）。离开表单吗？

## 导入

wizard-import-empty = 请输入 JSON 文件的路径，或粘贴 curl 命令（Esc 取消）
wizard-import-pasted = 粘贴的命令
wizard-import-ignored = ；已略去不属于该 API 的查询参数：{ $names }
wizard-import-unknown = ；保留了 { $count } 个规格中没有的字段：{ $fields }（按 n 跳转）
wizard-imported = 已导入 { $source }{ $unknown }{ $ignored }
wizard-imported-new-form = 已将 { $source } 导入新的 { $api } 表单{ $ignored }
wizard-import-failed = { $source }：{ $error }
wizard-import-no-api = { $source }：请先选择 API
wizard-import-not-object = { $source } 中是 JSON，但不是对象；请求文档应为对象

## Ctrl-S 的发送目标：配置（profile）菜单

wizard-profiles-unread = { $error }；显示之前读取的配置（profile）
wizard-profiles-title = 将 { $provider } 请求发送到
wizard-profile-sandbox = 本机的内置沙箱：不会创建任何真实资源
wizard-profile-real = { $base } · 密钥 { $key } · 真实，会计费
wizard-profile-no-key = { $base } · 无密钥（credentials = "none"）：无法提交
wizard-target-sandbox = 请求将发送到内置沙箱
wizard-target-real = 请求将发送到 { $base }（配置（profile）{ $profile }）；按 Ctrl-S 后，创建任何资源之前都会先询问
wizard-target-failed = 配置（profile）{ $profile }：{ $error }

## 云厂商

wizard-cloud-alibaba = 阿里云
wizard-cloud-huawei = 华为云

## 提交（Ctrl-S）

wizard-submit-problems = 还有 { $count } 个问题；请先修正（按 n 跳到下一个）
wizard-replay-confirm = 任务 { $job } 已于 { $when } 发送过幂等令牌 { $token }。再次发送即为重放：服务器会返回之前的结果，不会新建任何资源。
wizard-sandbox-starting = 内置沙箱仍在启动；请稍后再按 Ctrl-S
wizard-submit-refused = { $error }（按 t 选择其他配置（profile））
wizard-real-confirm = { $api } 将发送到 { $base }，由配置（profile）{ $profile } 用密钥 { $key } 签名（{ $scheme }）。这会在你的{ $cloud }账号中创建真实的、会计费的资源。
wizard-no-form = 没有打开的表单
wizard-submitting-what = 提交
wizard-nothing-sent = 未发送任何内容
wizard-sent-sandbox = 任务 { $job }：已发送到沙箱；可继续编辑或再按 Ctrl-S，按 o 列出任务
wizard-sent-real = 任务 { $job }：已发送到 { $base }；可继续编辑或再按 Ctrl-S，按 o 列出任务
wizard-sent-dry-run = 任务 { $job }：试运行请求已发送到 { $base }（不会创建任何资源）；可继续编辑或再按 Ctrl-S，按 o 列出任务

## 任务执行（后台）

wizard-runtime-failed = 无法启动网络运行时：{ $error }
wizard-runtime-missing = 网络运行时不可用
wizard-sandbox-not-running = 内置沙箱未在运行
wizard-job-final = 最终状态 { $state }
wizard-job-gave-up = 已停止跟踪：{ $reason }
wizard-job-timed-out = 已停止跟踪：耗时过长

## 执行失败的操作

wizard-draft-save-failed = 无法保存草稿：{ $error }
wizard-draft-delete-failed = 无法删除草稿：{ $error }
wizard-copy-failed = 无法复制：{ $error }
wizard-write-failed = 无法写入 { $path }：{ $error }

## 字段编辑器

wizard-editor-integer = 只能输入数字（开头可有 -）
wizard-editor-number = 只能输入数字、- 和小数点

## 表单：撤销、编辑、问题

wizard-nothing-to-redo = 没有可重做的更改
wizard-nothing-to-undo = 没有可撤销的更改
wizard-redid-at = 已重做 { $field } 处的更改（按 u 再次撤销）
wizard-undid-at = 已撤销 { $field } 处的更改（按 Ctrl-R 重做）
wizard-redid = 已重做该更改（按 u 再次撤销）
wizard-undid = 已撤销该更改（按 Ctrl-R 重做）
wizard-press-enter = 按 Enter 编辑当前字段（? 列出全部按键）
wizard-editor-refused = { $field }：{ $why }
wizard-problem-parameter = （参数 { $name }）
wizard-problem-unknown = { $field } 不在规格中；在其所在行按 x 删除
wizard-problem-unknown-code = 不在规格中
