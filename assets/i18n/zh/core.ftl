# 程序各部分共用的词句。分区：core（本文件）、view（向导界面显示的内容）、wizard（向导的按键与提示）、
# cli（命令及其帮助）、engine（校验、请求、导出、配置）。

lang-unknown = { $what } 的值“{ $value }”不是本工具支持的语言；可用：zh（中文）或 en（English）。
core-list-separator = 、
