# ruff: noqa: E501 (the sample paragraphs below are kept one per line)
"""Translation fact check: language identifiers compared, and what the check flags.

Run from the repository root:
    python bench/fact_check.py langid      # accuracy and time of the identifiers, no model
    python bench/fact_check.py lighthouse  # two paragraphs into fr/de/ja, both models
    python bench/fact_check.py document    # the 20-paragraph document into French, SmolLM2

`langid`: LocalChat's own `detect_language` (script, then common words) against py3langid
(an offline n-gram Naive Bayes identifier from PyPI), on 4 short paragraphs in each of 30
languages, whole and cut to their first words; then the check built on each: how often a
correct paragraph is flagged as not in its language, and how often one checked against
another target language is not flagged.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, models  # noqa: E402

from localchat.documents import Block, Document, read_document  # noqa: E402
from localchat.engines.base import Engine, LoadOptions, SamplingParams  # noqa: E402
from localchat.engines.factory import open_engine  # noqa: E402
from localchat.tasks import fact_check  # noqa: E402
from localchat.tasks.fact_check import FactProblem, check_translation  # noqa: E402
from localchat.tasks.job_support import JobContext, ProgressCallback  # noqa: E402
from localchat.tasks.languages import LANGUAGES, detect_language  # noqa: E402
from localchat.tasks.translate import (  # noqa: E402
    TranslateJob,
    TranslateOptions,
    TranslationResult,
    clean_translation,
)

# The same four short paragraphs in each language (written for this bench, not tuned on).
PARAGRAPHS: dict[str, tuple[str, ...]] = {
    "en": (
        "The meeting has been moved to Thursday afternoon because the director is travelling.",
        "Please keep the receipt; you will need it if the device stops working within two years.",
        "Our small village has a bakery, a school and a church that was built in 1642.",
        "The river flooded the lower streets last spring, and many families had to leave their homes.",
    ),
    "fr": (
        "La réunion a été déplacée à jeudi après-midi parce que le directeur est en voyage.",
        "Conservez le ticket de caisse : vous en aurez besoin si l'appareil tombe en panne dans les deux ans.",
        "Notre petit village possède une boulangerie, une école et une église construite en 1642.",
        "Au printemps dernier, la rivière a inondé les rues basses et beaucoup de familles ont dû quitter leur maison.",
    ),
    "de": (
        "Die Besprechung wurde auf Donnerstagnachmittag verschoben, weil der Direktor verreist ist.",
        "Bitte bewahren Sie den Kassenbon auf; Sie brauchen ihn, wenn das Gerät innerhalb von zwei Jahren ausfällt.",
        "Unser kleines Dorf hat eine Bäckerei, eine Schule und eine Kirche, die 1642 gebaut wurde.",
        "Im letzten Frühjahr überflutete der Fluss die unteren Straßen, und viele Familien mussten ihre Häuser verlassen.",
    ),
    "es": (
        "La reunión se ha trasladado al jueves por la tarde porque el director está de viaje.",
        "Guarde el recibo; lo necesitará si el aparato deja de funcionar en los próximos dos años.",
        "Nuestro pequeño pueblo tiene una panadería, una escuela y una iglesia construida en 1642.",
        "La primavera pasada el río inundó las calles bajas y muchas familias tuvieron que abandonar sus casas.",
    ),
    "it": (
        "La riunione è stata spostata a giovedì pomeriggio perché il direttore è in viaggio.",
        "Conservi lo scontrino: le servirà se l'apparecchio smette di funzionare entro due anni.",
        "Il nostro piccolo paese ha un forno, una scuola e una chiesa costruita nel 1642.",
        "La primavera scorsa il fiume ha allagato le strade più basse e molte famiglie hanno dovuto lasciare le loro case.",
    ),
    "pt": (
        "A reunião foi adiada para quinta-feira à tarde porque o diretor está viajando.",
        "Guarde o recibo; você vai precisar dele se o aparelho parar de funcionar dentro de dois anos.",
        "Nossa pequena aldeia tem uma padaria, uma escola e uma igreja construída em 1642.",
        "Na primavera passada, o rio inundou as ruas mais baixas e muitas famílias tiveram de deixar as suas casas.",
    ),
    "nl": (
        "De vergadering is verplaatst naar donderdagmiddag omdat de directeur op reis is.",
        "Bewaar het bonnetje; u hebt het nodig als het apparaat binnen twee jaar kapotgaat.",
        "Ons kleine dorp heeft een bakkerij, een school en een kerk die in 1642 is gebouwd.",
        "Vorig voorjaar overstroomde de rivier de lage straten en moesten veel gezinnen hun huis verlaten.",
    ),
    "sv": (
        "Mötet har flyttats till torsdag eftermiddag eftersom direktören är på resa.",
        "Spara kvittot; du behöver det om apparaten slutar fungera inom två år.",
        "Vår lilla by har ett bageri, en skola och en kyrka som byggdes 1642.",
        "Förra våren översvämmade floden de lägre gatorna och många familjer fick lämna sina hem.",
    ),
    "da": (
        "Mødet er flyttet til torsdag eftermiddag, fordi direktøren er ude at rejse.",
        "Gem kvitteringen; du får brug for den, hvis apparatet holder op med at virke inden for to år.",
        "Vores lille landsby har et bageri, en skole og en kirke, der blev bygget i 1642.",
        "Sidste forår oversvømmede floden de nederste gader, og mange familier måtte forlade deres hjem.",
    ),
    "no": (
        "Møtet er flyttet til torsdag ettermiddag fordi direktøren er på reise.",
        "Ta vare på kvitteringen; du trenger den hvis apparatet slutter å virke innen to år.",
        "Den lille bygda vår har et bakeri, en skole og en kirke som ble bygget i 1642.",
        "I fjor vår oversvømte elva de nederste gatene, og mange familier måtte forlate hjemmene sine.",
    ),
    "pl": (
        "Spotkanie zostało przeniesione na czwartek po południu, ponieważ dyrektor jest w podróży.",
        "Proszę zachować paragon; będzie potrzebny, jeśli urządzenie przestanie działać w ciągu dwóch lat.",
        "Nasza mała wieś ma piekarnię, szkołę i kościół zbudowany w 1642 roku.",
        "Zeszłej wiosny rzeka zalała niższe ulice i wiele rodzin musiało opuścić swoje domy.",
    ),
    "cs": (
        "Schůzka byla přesunuta na čtvrtek odpoledne, protože ředitel je na cestách.",
        "Uschovejte si účtenku; budete ji potřebovat, pokud přístroj do dvou let přestane fungovat.",
        "Naše malá vesnice má pekárnu, školu a kostel postavený v roce 1642.",
        "Loni na jaře řeka zaplavila dolní ulice a mnoho rodin muselo opustit své domovy.",
    ),
    "ro": (
        "Ședința a fost mutată joi după-amiază, deoarece directorul este plecat.",
        "Vă rugăm să păstrați bonul; veți avea nevoie de el dacă aparatul nu mai funcționează în doi ani.",
        "Satul nostru mic are o brutărie, o școală și o biserică construită în 1642.",
        "Primăvara trecută râul a inundat străzile de jos și multe familii au trebuit să își părăsească casele.",
    ),
    "hu": (
        "A megbeszélést csütörtök délutánra tették át, mert az igazgató utazik.",
        "Kérjük, őrizze meg a blokkot; szüksége lesz rá, ha a készülék két éven belül elromlik.",
        "Kis falunkban van egy pékség, egy iskola és egy templom, amelyet 1642-ben építettek.",
        "Tavaly tavasszal a folyó elárasztotta az alsó utcákat, és sok családnak el kellett hagynia az otthonát.",
    ),
    "fi": (
        "Kokous on siirretty torstai-iltapäivään, koska johtaja on matkoilla.",
        "Säilytä kuitti; tarvitset sitä, jos laite lakkaa toimimasta kahden vuoden kuluessa.",
        "Pienessä kylässämme on leipomo, koulu ja kirkko, joka rakennettiin vuonna 1642.",
        "Viime keväänä joki tulvi alemmille kaduille, ja monen perheen oli lähdettävä kodeistaan.",
    ),
    "tr": (
        "Müdür seyahatte olduğu için toplantı perşembe öğleden sonraya ertelendi.",
        "Lütfen fişi saklayın; cihaz iki yıl içinde bozulursa ona ihtiyacınız olacak.",
        "Küçük köyümüzde bir fırın, bir okul ve 1642 yılında yapılmış bir kilise var.",
        "Geçen bahar nehir taştı ve alt sokakları su bastı; birçok aile evlerini terk etmek zorunda kaldı.",
    ),
    "id": (
        "Rapat dipindahkan ke hari Kamis sore karena direktur sedang dalam perjalanan.",
        "Simpan struk ini; Anda akan membutuhkannya jika perangkat rusak dalam dua tahun.",
        "Desa kecil kami memiliki toko roti, sekolah, dan gereja yang dibangun pada tahun 1642.",
        "Musim semi lalu sungai membanjiri jalan-jalan di bagian bawah dan banyak keluarga harus meninggalkan rumah mereka.",
    ),
    "vi": (
        "Cuộc họp đã được dời sang chiều thứ Năm vì giám đốc đang đi công tác.",
        "Xin hãy giữ lại hóa đơn; bạn sẽ cần nó nếu thiết bị bị hỏng trong vòng hai năm.",
        "Ngôi làng nhỏ của chúng tôi có một tiệm bánh, một trường học và một nhà thờ được xây năm 1642.",
        "Mùa xuân năm ngoái, con sông đã làm ngập các con phố thấp và nhiều gia đình phải rời bỏ nhà cửa.",
    ),
    "ru": (
        "Совещание перенесли на четверг после обеда, потому что директор в командировке.",
        "Пожалуйста, сохраните чек: он понадобится, если устройство сломается в течение двух лет.",
        "В нашей маленькой деревне есть пекарня, школа и церковь, построенная в 1642 году.",
        "Прошлой весной река затопила нижние улицы, и многим семьям пришлось покинуть свои дома.",
    ),
    "uk": (
        "Нараду перенесли на четвер після обіду, бо директор у відрядженні.",
        "Будь ласка, збережіть чек: він знадобиться, якщо пристрій зламається протягом двох років.",
        "У нашому маленькому селі є пекарня, школа і церква, збудована в 1642 році.",
        "Минулої весни річка затопила нижні вулиці, і багатьом родинам довелося залишити свої домівки.",
    ),
    "bg": (
        "Срещата беше преместена за четвъртък следобед, защото директорът пътува.",
        "Моля, запазете касовата бележка; ще ви трябва, ако уредът се повреди в рамките на две години.",
        "Нашето малко село има пекарна, училище и църква, построена през 1642 година.",
        "Миналата пролет реката наводни долните улици и много семейства трябваше да напуснат домовете си.",
    ),
    "el": (
        "Η συνάντηση μεταφέρθηκε για την Πέμπτη το απόγευμα, επειδή ο διευθυντής ταξιδεύει.",
        "Παρακαλούμε κρατήστε την απόδειξη· θα τη χρειαστείτε αν η συσκευή χαλάσει μέσα σε δύο χρόνια.",
        "Το μικρό μας χωριό έχει έναν φούρνο, ένα σχολείο και μια εκκλησία που χτίστηκε το 1642.",
        "Την περασμένη άνοιξη το ποτάμι πλημμύρισε τους χαμηλούς δρόμους και πολλές οικογένειες χρειάστηκε να φύγουν από τα σπίτια τους.",
    ),
    "ar": (
        "تم تأجيل الاجتماع إلى بعد ظهر يوم الخميس لأن المدير مسافر.",
        "يرجى الاحتفاظ بالإيصال، فستحتاج إليه إذا توقف الجهاز عن العمل خلال سنتين.",
        "في قريتنا الصغيرة مخبز ومدرسة وكنيسة بنيت عام 1642.",
        "في الربيع الماضي غمر النهر الشوارع المنخفضة واضطرت عائلات كثيرة إلى مغادرة منازلها.",
    ),
    "fa": (
        "جلسه به بعدازظهر پنجشنبه منتقل شد، چون مدیر در سفر است.",
        "لطفاً رسید را نگه دارید؛ اگر دستگاه ظرف دو سال خراب شود به آن نیاز خواهید داشت.",
        "روستای کوچک ما یک نانوایی، یک مدرسه و یک کلیسا دارد که در سال ۱۶۴۲ ساخته شده است.",
        "بهار گذشته رودخانه خیابان‌های پایین را سیل گرفت و بسیاری از خانواده‌ها مجبور شدند خانه‌هایشان را ترک کنند.",
    ),
    "ur": (
        "اجلاس جمعرات کی سہ پہر تک ملتوی کر دیا گیا ہے کیونکہ ڈائریکٹر سفر پر ہیں۔",
        "براہ کرم رسید سنبھال کر رکھیں؛ اگر آلہ دو سال کے اندر خراب ہو جائے تو آپ کو اس کی ضرورت ہوگی۔",
        "ہمارے چھوٹے سے گاؤں میں ایک بیکری، ایک اسکول اور ایک گرجا گھر ہے جو 1642 میں بنا تھا۔",
        "پچھلی بہار میں دریا نے نچلی گلیوں کو ڈبو دیا اور بہت سے خاندانوں کو اپنے گھر چھوڑنے پڑے۔",
    ),
    "he": (
        "הפגישה נדחתה ליום חמישי אחר הצהריים כי המנהל נמצא בנסיעה.",
        "נא לשמור את הקבלה; תצטרכו אותה אם המכשיר יתקלקל בתוך שנתיים.",
        "בכפר הקטן שלנו יש מאפייה, בית ספר וכנסייה שנבנתה בשנת 1642.",
        "באביב שעבר הנהר הציף את הרחובות הנמוכים ומשפחות רבות נאלצו לעזוב את בתיהן.",
    ),
    "hi": (
        "बैठक को गुरुवार दोपहर तक के लिए टाल दिया गया है क्योंकि निदेशक यात्रा पर हैं।",
        "कृपया रसीद संभाल कर रखें; अगर उपकरण दो साल के भीतर खराब हो जाता है तो आपको इसकी ज़रूरत होगी।",
        "हमारे छोटे से गाँव में एक बेकरी, एक स्कूल और एक चर्च है जो 1642 में बना था।",
        "पिछले वसंत में नदी ने निचली सड़कों को डुबो दिया और कई परिवारों को अपने घर छोड़ने पड़े।",
    ),
    "ja": (
        "部長が出張中のため、会議は木曜日の午後に変更されました。",
        "レシートは保管してください。二年以内に機器が故障した場合に必要になります。",
        "私たちの小さな村には、パン屋と学校と1642年に建てられた教会があります。",
        "昨年の春、川が氾濫して低い通りが浸水し、多くの家族が家を離れなければなりませんでした。",
    ),
    "zh": (
        "由于主任正在出差，会议改到星期四下午举行。",
        "请保留收据；如果设备在两年内出现故障，您将需要它。",
        "我们的小村庄有一家面包店、一所学校和一座建于1642年的教堂。",
        "去年春天，河水淹没了低处的街道，许多家庭不得不离开自己的家。",
    ),
    "ko": (
        "국장이 출장 중이어서 회의가 목요일 오후로 옮겨졌습니다.",
        "영수증을 보관해 주세요. 기기가 2년 안에 고장 나면 필요합니다.",
        "우리 작은 마을에는 빵집과 학교, 그리고 1642년에 지어진 교회가 있습니다.",
        "지난봄 강물이 넘쳐 낮은 거리가 물에 잠겼고 많은 가족이 집을 떠나야 했습니다.",
    ),
    "th": (
        "การประชุมถูกเลื่อนไปเป็นบ่ายวันพฤหัสบดีเพราะผู้อำนวยการกำลังเดินทาง",
        "โปรดเก็บใบเสร็จไว้ คุณจะต้องใช้หากอุปกรณ์เสียภายในสองปี",
        "หมู่บ้านเล็ก ๆ ของเรามีร้านเบเกอรี่ โรงเรียน และโบสถ์ที่สร้างขึ้นในปี 1642",
        "ฤดูใบไม้ผลิที่แล้ว แม่น้ำท่วมถนนที่อยู่ต่ำ และหลายครอบครัวต้องทิ้งบ้านของตน",
    ),
}
TARGETS = ("fr", "de", "ja")
LIGHTHOUSE = (
    "The lighthouse was built in 1871 on the northern cliffs.",
    "Eleven sailors were rescued there during the great storm of 1888.",
)
DOCUMENT = Path(__file__).resolve().parents[1] / "tests" / "tasks" / "data" / "harbour_history.md"


def _first_words(text: str) -> str:
    """A paragraph cut to a heading's length: 4 words, or 8 characters without spaces."""
    words = text.split()
    return " ".join(words[:4]) if len(words) > 4 else text[:8]


def _samples(short: bool) -> list[tuple[str, str]]:
    return [
        (code, _first_words(text) if short else text)
        for code, texts in PARAGRAPHS.items()
        for text in texts
    ]


def _py3langid(restricted: bool) -> tuple[Callable[[str], str | None], object, float]:
    """A py3langid guesser, its identifier, and the seconds its first use took (fresh load)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    started = time.perf_counter()
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        identifier.set_languages([language.code for language in LANGUAGES])
    identifier.classify("warm")
    loaded = time.perf_counter() - started
    return (lambda text: identifier.classify(text)[0]), identifier, loaded


def _load_seconds() -> float:
    """Import py3langid and load its model in a fresh interpreter, as the app does once."""
    code = (
        "import time; t = time.perf_counter(); "
        "from py3langid.langid import MODEL_FILE, LanguageIdentifier; "
        "LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True).classify('x'); "
        "print(time.perf_counter() - t)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
        for _ in range(3)
    ]
    return statistics.median(runs)


def _accuracy(guess: Callable[[str], str | None], samples: list[tuple[str, str]]) -> str:
    right = sum(guess(text) == code for code, text in samples)
    none = sum(guess(text) is None for _, text in samples)
    wrong = sorted({f"{code}->{guess(text)}" for code, text in samples if guess(text) != code})
    shown = ", ".join(wrong[:8]) + (" ..." if len(wrong) > 8 else "")
    return f"{right}/{len(samples)} ({100 * right / len(samples):.0f}%), no answer {none}: {shown}"


def _per_call_us(guess: Callable[[str], str | None], samples: list[tuple[str, str]]) -> float:
    times = []
    for _ in range(10):
        started = time.perf_counter()
        for _code, text in samples:
            guess(text)
        times.append((time.perf_counter() - started) / len(samples))
    return statistics.median(times) * 1e6


def _check_errors(flags: Callable[[str, str], bool], samples: list[tuple[str, str]]) -> str:
    """False flags (a paragraph checked against its own language) and misses (any other)."""
    checked = [(code, text) for code, text in samples if fact_check.long_enough_to_identify(text)]
    false_flags = sum(flags(text, code) for code, text in checked)
    others = [(target, text) for code, text in checked for target in PARAGRAPHS if target != code]
    misses = sum(not flags(text, target) for target, text in others)
    return (
        f"{len(checked)} long enough; false flags {false_flags}/{len(checked)}, "
        f"misses {misses}/{len(others)}"
    )


def run_langid() -> None:
    print(machine())
    full, _, _ = _py3langid(restricted=False)
    restricted, identifier, _ = _py3langid(restricted=True)
    guessers = {
        "detect_language (LocalChat)": detect_language,
        "py3langid, all 140 languages": full,
        "py3langid, LocalChat's 33": restricted,
    }
    print(f"py3langid import + model load, fresh process: {_load_seconds() * 1000:.0f} ms")
    print("\n| identifier | whole paragraphs | first 4 words | per call |\n|---|---|---|---|")
    for name, guess in guessers.items():
        whole, short = _samples(False), _samples(True)
        print(
            f"| {name} | {_accuracy(guess, whole)} | {_accuracy(guess, short)} "
            f"| {_per_call_us(guess, whole):.0f} µs |"
        )
    samples = _samples(False) + _samples(True)
    print("\nThe check (text under the letter limit is not checked), whole + cut paragraphs:")
    ours = _check_errors(lambda text, target: detect_language(text) not in (None, target), samples)
    print(f"- detect_language: {ours}")
    for threshold in (0.01, 0.05, 0.1, 0.2, 1.0):  # 1.0: whenever another language wins

        def flags(text: str, target: str, threshold: float = threshold) -> bool:
            ranked = dict(identifier.rank(text))
            best = max(ranked, key=lambda code: ranked[code])
            return best != target and ranked.get(target, 0.0) < threshold

        print(f"- py3langid (33), P(target) under {threshold}: {_check_errors(flags, samples)}")


@dataclass
class _Outcome:
    """One block of a translation job: each try as the model wrote it, and the final text."""

    source: str
    tries: list[str] = field(default_factory=list)
    final: str = ""
    problems: tuple[FactProblem, ...] = ()


def _record_tries(engine: Engine, outcomes: list[_Outcome]) -> ProgressCallback:
    """Make the engine record each answer under the block being translated (from progress)."""
    current = [0]

    def recording(stream: Callable[..., Iterator[str]]) -> Callable[..., Iterator[str]]:
        def record(*args: object, **kwargs: object) -> Iterator[str]:
            pieces = []
            for piece in stream(*args, **kwargs):
                pieces.append(piece)
                yield piece
            outcomes[current[0]].tries.append("".join(pieces))

        return record

    engine.stream_prompt = recording(engine.stream_prompt)  # type: ignore[method-assign]
    engine.stream_chat = recording(engine.stream_chat)  # type: ignore[method-assign]

    def on_progress(part: int, _total: int, _eta: float | None) -> None:
        current[0] = part - 1

    return on_progress


def _translate(
    model: Path, document: Document, target: str, threads: int
) -> tuple[list[_Outcome], TranslationResult, float]:
    """Translate greedily, recording each block's first try, final text and check."""
    outcomes = [_Outcome(block.text) for block in document.blocks]

    def done(index: int, text: str) -> None:
        outcomes[index].final = text

    def checked(index: int, problems: tuple[FactProblem, ...]) -> None:
        outcomes[index].problems = problems

    engine = open_engine(model, LoadOptions(context_length=2048, threads=threads))
    on_progress = _record_tries(engine, outcomes)
    try:
        started = time.perf_counter()
        context = JobContext(
            engine,
            params=SamplingParams(temperature=0.0, max_tokens=4096),
            on_progress=on_progress,
            on_part=done,
            on_check=checked,
        )
        result = TranslateJob(context, document, TranslateOptions("en", target)).run()
        seconds = time.perf_counter() - started
    finally:
        engine.close()
    for outcome, block in zip(outcomes, document.blocks, strict=True):
        outcome.tries = [clean_translation(text, block) for text in outcome.tries]
    return outcomes, result, seconds


def _said(problems: tuple[FactProblem, ...]) -> str:
    return "; ".join(problem.describe() for problem in problems) or "passed"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def run_lighthouse(threads: int) -> None:
    print(machine())
    document = Document(
        "Lighthouse",
        tuple(Block("paragraph", text) for text in LIGHTHOUSE),
        "lighthouse.md",
        sum(len(text) for text in LIGHTHOUSE),
        "0" * 64,
    )
    print("\n| model | to | ¶ | first try | its check | second try (stricter) | its check | kept |")
    print("|---|---|---|---|---|---|---|---|")
    for label, path in models():
        for target in TARGETS:
            outcomes, _, _ = _translate(path, document, target, threads)
            for number, outcome in enumerate(outcomes, 1):
                cells = []
                for text in [*outcome.tries, "", ""][:2]:
                    check = check_translation(outcome.source, text, target) if text else None
                    cells += [_cell(text) or "-", "-" if check is None else _said(check)]
                kept = "first" if outcome.final == outcome.tries[0] else "second"
                print(f"| {label} | {target} | {number} | {' | '.join(cells)} | {kept} |")


def run_document(threads: int) -> None:
    print(machine())
    label, path = models()[0]
    document = read_document(DOCUMENT)
    outcomes, result, seconds = _translate(path, document, "fr", threads)
    kinds: Counter[str] = Counter()
    first_kinds: Counter[str] = Counter()
    first_flagged = 0
    for number, outcome in enumerate(outcomes, 1):
        first = check_translation(outcome.source, outcome.tries[0], "fr")
        first_flagged += bool(first)
        first_kinds.update(problem.kind + ("+" if problem.added else "") for problem in first)
        kinds.update(problem.kind + ("+" if problem.added else "") for problem in outcome.problems)
        print(f"{number:2}. {_cell(outcome.final)[:90]} -> {_said(outcome.problems)}")
    fixed = first_flagged - len(result.problems)
    print(
        f"\n{label}, {DOCUMENT.name} ({len(document.blocks)} paragraphs) into French in "
        f"{seconds:.0f} s: first try flagged {first_flagged}, retried {result.retried}, "
        f"fixed by the retry {fixed}, flagged at the end {len(result.problems)}"
    )
    print(f"problems on the first tries: {dict(first_kinds)}; at the end: {dict(kinds)}")
    print("(kind+ = a number the translation added)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("langid", "lighthouse", "document"))
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads (busy machine)")
    args = parser.parse_args()
    if args.what == "langid":
        run_langid()
    elif args.what == "lighthouse":
        run_lighthouse(args.threads)
    else:
        run_document(args.threads)


if __name__ == "__main__":
    main()
