"""A disputed item's free text read as a :class:`imr.model.Request`.

"Norco 10/325mg #60 with 2 refills", "Physical therapy 2x6 for the lumbar spine",
"Retrospective for date of serve 10/7/14 Tylenol 4 #90", "Associated surgical service:
assistant surgeon" — the drug (brand to generic, its class), strength, quantity, refills,
visits from frequency × duration, body parts and side, spinal levels, a retrospective date
of service, and for a service that goes with a surgery, that link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import yaml

from imr.letters.text import parse_date
from imr.model import Category, Request, Side
from imr.requests.categories import categorize

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "sixteen": 16,
    "eighteen": 18, "twenty": 20, "twenty-four": 24, "once": 1, "twice": 2, "thrice": 3,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"

# body parts: the names the knowledge base uses, and the words requests use for them
_BODY_PARTS = {
    "lumbar spine": r"lumbar|lumbosacral|low(?:er)? back|l-?spine|\bl[1-5](?:-|\s|$)|\bl5-s1\b|sacral|sacroiliac|\bsi joint|lower extremit|\blegs?\b|\brle\b|\blle\b|\bbles?\b|sciatic",
    "cervical spine": r"cervical|neck|c-?spine|\bc[2-7]\b|upper extremit|\brue\b|\blue\b|\bbues?\b",
    "thoracic spine": r"thoracic|t-?spine|mid[- ]?back|upper back|\bt\d{1,2}\b",
    "shoulder": r"shoulder|rotator cuff|acromi|subacromial|glenohumeral|(?<!hip )(?<!acetabular )labr(?:um|al)|\bac joint|clavic"
    r"|abduction|external rotation|internal rotation|drop arm|impingement|supraspinatus|infraspinatus|subscapularis|deltoid",
    "elbow": r"elbow|epicondyl|olecranon|cubital",
    "wrist": r"wrist|carpal|radius|ulna|tfcc|de ?quervain|finkelstein|phalen|thenar|dorsal compartment",
    "hand": r"hand|finger|thumb|digit|trigger finger|metacarpal|grip",
    "hip": r"\bhips?\b|pelvi|groin|femoral head|acetabul",
    "knee": r"knee|menisc|patell|\bacl\b|cruciate|mcmurray|lachman|joint line|tibial plateau",
    "ankle": r"ankle|achilles|talus|tarsal tunnel",
    "foot": r"\bfoot|\bfeet|plantar|\btoes?\b|\bheels?\b|metatars|bunion|hallux",
    "head": r"\bhead\b|brain|concussion|cranial|skull|occipital|migraine|headache",
    "psych": r"psych|depress|anxiety|mental",
}
_BODY_RES = {name: re.compile(pattern, re.I) for name, pattern in _BODY_PARTS.items()}
_LEVEL = re.compile(r"\b([CTL]\d{1,2}\s*-\s*(?:[CTLS]?\d{1,2})|L5\s*-\s*S1|[CTL]\d{1,2}(?=\s|,|$))", re.I)
_SIDE = [
    (Side.BILATERAL, re.compile(r"\bbilateral|\bboth\b|\bb/l\b|\bbil\b|\bble\b|\bbue\b|\bbles\b|\bbues\b", re.I)),
    (Side.LEFT, re.compile(r"\bleft\b|\blt\b|\blue\b|\blle\b|\bl\.?(?=\s+(?:thumb|hand|wrist|knee|shoulder|elbow|hip|ankle|foot|leg|arm|index|middle|ring|small|upper|lower)\b)", re.I)),
    (Side.RIGHT, re.compile(r"\bright\b|\brt\b|\brue\b|\brle\b|\br\.?(?=\s+(?:thumb|hand|wrist|knee|shoulder|elbow|hip|ankle|foot|leg|arm|index|middle|ring|small|upper|lower)\b)", re.I)),
]
_STRENGTH = re.compile(
    r"(\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*)\s*(mg|mcg|ml|gm|g|%|meq|units?)\b", re.I
)
_QUANTITY = re.compile(r"(?:#\s*(\d+)|\b(?:qty|quantity)\s*:?\s*(\d+)(?:\.\d+)?|\b(\d+)\)?\s*(?:tablets|tabs|capsules|caps|patches|pills)\b)", re.I)
_REFILLS = re.compile(
    r"(?:with\s+" + _NUM + r"\s+refills?|" + _NUM + r"\s+refills?\s+of|refills?\s*[:x]?\s*" + _NUM + r")",
    re.I,
)
_TIMES = re.compile(
    r"\b" + _NUM + r"\s*(?:x|times|time|visits?|sessions?)?\s*(?:a|per|/)?\s*(?:weekly|week|wk)s?"
    r"\s*(?:x|times|for|over)\s*" + _NUM + r"\s*(?:weeks?|wks?)?",
    re.I,
)
_MONTHLY = re.compile(
    r"(?:\b(?:(\d+|one|two|three)\s*(?:x|times)?\s*(?:a|per|/)\s*month|once (?:a|per) month|monthly|every month)\b)"
    r"\s*(?:x|times|for|over)\s*" + _NUM + r"\s*months?\b", re.I)
_BY = re.compile(r"\b(\d+)\s*(?:x|times)\s*(\d+)\b", re.I)
_VISITS = re.compile(
    r"(?:\(\s*" + _NUM + r"\s*\)\s*|\b" + _NUM + r"\s*(?:\(\s*\d+\s*\)\s*)?)"
    r"(?:additional\s+|more\s+|initial\s+)?(?:[a-z-]+\s+){0,3}?(?:sessions?|visits?|treatments?)\b"
    r"|(?:sessions?|visits?|treatments?)\s*(?:[:,#x]|times)?\s*(?:(?:qty|quantity)\s*:?\s*)?#?\s*" + _NUM + r"\b"
    r"|\b(?:times|x)\s*" + _NUM + r"\b(?!\s*(?:weeks?|wks?|days?|months?))"
    r"|#\s*(\d+)",
    re.I,
)
_RETRO = re.compile(r"\bretro(?:spective|active)?\b|\bDOS\b|date of serv|\bdispensed (?:on )?\d{1,2}/\d{1,2}/\d{2,4}", re.I)
_DOS = re.compile(r"(?:DOS|date of serv\w*|dates? of service)\s*:?\s*(\d{1,2}/\d{1,2}/\d{2,4})", re.I)
_ASSOCIATED = re.compile(r"associated\s+surgical\s+services?\s*:?\s*", re.I)
_PROCEDURES = [
    # a request for the guidance itself ("Ultrasound guidance for shoulder injection")
    ("imaging guidance", r"^\s*(?:associated surgical services?\s*:?\s*)?(?:ultrasound|fluoroscop\w*|imaging|image)[- ](?:guidance|guided)\b(?! \w+ (?:epidural|esi|facet|medial|block))"),
    ("transportation", r"transport"),
    # botulinum toxin named first is the request, whatever guidance it names ("Botox ... with EMG guidance")
    ("botulinum toxin injection", r"^\s*(?:botox|botulinum|onabotulinum\w*|abobotulinum\w*|incobotulinum\w*)"),
    # a request that opens with the sedation is for the sedation ("Monitored anesthesia care for ESI")
    ("sedation", r"^\s*(?:associated surgical services?\s*:?\s*)?(?:monitored anesthesia|\bmac\b|iv sedation|conscious sedation|sedation)"),
    ("psychological evaluation", r"psycholog\w* (?:\w+ )?(?:eval|test|consult|clearance)|psych(?:iatric)? (?:eval|clearance)"),
    ("emg/ncv", r"emg|ncv|ncs|nerve conduction|electromyo"),  # narrowed to emg or ncv below
    ("mri", r"\bmri\b|magnetic resonance|mr arthrogra"),
    ("ct", r"\bct\b|computed tomography"),
    ("chest x-ray", r"chest x-?ray|chest radiograph|\bcxr\b"),
    ("x-ray", r"x-?rays?|radiograph"),
    ("bone scan", r"bone scan"),
    ("discogram", r"disc?ogra"),
    ("dexa", r"\bdexa\b|\bdxa\b|bone density"),
    ("therapeutic ultrasound", r"therapeutic ultrasound|ultrasound (?:therapy|treatments?)|phonophoresis"),
    ("ultrasound", r"(?<!under )ultrasound(?![- ]guid)|sonogra"),
    ("epidural steroid injection", r"epidural|\b(?:l|c|t|tf)?esis?\b|transforaminal"),
    ("radiofrequency ablation", r"radiofrequency|rhizotomy|ablation|\brfa\b|neurotomy"),
    ("medial branch block", r"medial branch|\bmbbs?\b"),
    ("facet injection", r"facet"),
    ("trigger point injection", r"trigger point|\btpis?\b"),
    ("prolotherapy", r"prolotherap|sclerotherap"),
    ("platelet-rich plasma injection", r"\bprp\b|platelet"),
    ("hyaluronic acid injection", r"hyaluronic|viscosupp|synvisc|euflexxa|orthovisc|supartz|gel-?one"),
    ("sacroiliac joint injection", r"sacroiliac|\bsi joint"),
    ("sedation", r"monitored anesthesia|\bmac\b|iv sedation|conscious sedation|sedation"),
    ("sympathetic block", r"stellate|sympathetic (?:nerve )?block|lumbar sympathetic"),
    ("botulinum toxin injection", r"botox|botulinum"),
    ("ketorolac injection", r"toradol|ketorolac"),
    ("vitamin injection", r"\bb-?12\b|vitamin"),
    ("corticosteroid injection", r"cortisone|steroid injection|corticosteroid|dexamethasone|kenalog|depo-?medrol|lidocaine.*inject|inject.*lidocaine|subacromial (?:injection|bursa)|intra-?articular|joint injection|bursa injection"),
    ("nerve block", r"nerve block|occipital"),
    ("rotator cuff repair", r"rotator cuff repair|\brcr\b"),
    ("shoulder arthroscopy", r"shoulder arthroscop|arthroscop\w* (?:of the )?(?:right |left )?shoulder|subacromial decompression|acromioplasty|(?<!hip )labr\w* (?:repair|debridement|reconstruction)|\bslap (?:lesion )?repair|bankart|capsulorrhaphy|capsular (?:release|shift)|distal clavicle (?:excision|resection)|mumford"),
    ("acl reconstruction", r"\bacl\b[^,;]{0,20}(?:reconstruct|repair)|(?:reconstruct|repair)\w*[^,;]{0,30}(?:\bacl\b|cruciate)|cruciate[^,;]{0,20}reconstruct"),
    ("knee arthroscopy", r"knee arthroscop|arthroscop\w* (?:of the )?(?:right |left )?knee|menisc\w*ectomy"),
    ("carpal tunnel release", r"carpal tunnel release|\bctr\b"),
    ("fracture fixation", r"\borif\b|open reduction|internal fixation|closed reduction and (?:percutaneous )?pinning|percutaneous pinning|\bcrpp\b"),
    ("hardware removal", r"(?:removal|remove)[^,;]{0,20}hardware|hardware removal"),
    ("trigger finger release", r"trigger (?:finger|thumb)[^,;]{0,20}release|a1 pulley"),
    ("de quervain release", r"de ?quervain[^,;]{0,20}release|first dorsal compartment release"),
    ("cubital tunnel release", r"cubital tunnel|ulnar nerve (?:transposition|release|decompression)"),
    ("epicondyle release", r"epicondyl\w*[^,;]{0,30}(?:release|debridement|repair|surgery|tenotomy)|(?:release|debridement|repair|tenotomy)[^,;]{0,30}epicondyl|tennis elbow (?:release|surgery)|(?:common )?extensor (?:origin|tendon) (?:release|debridement|repair)"),
    ("arthroplasty", r"arthroplasty|replacement"),
    ("fusion", r"fusion|arthrodesis|\bacdf\b|\bplif\b|\btlif\b|\balif\b"),
    ("discectomy", r"discectomy|microdiscectomy|laminectomy|laminotomy|foraminotomy|decompression"),
    ("arthroscopy", r"arthroscop"),
    ("spinal cord stimulator", r"spinal cord stimulat|\bscs\b"),
    ("tens", r"\btens\b|transcutaneous"),
    ("interferential", r"interferential|\bif unit|\binf\b"),
    ("h-wave", r"h-?wave"),
    ("cold therapy unit", r"(?:cold|cryo)\w*(?: therapy| compression)? (?:unit|machine|device|system|pump)|polar care|game ready|vascutherm|vasopneumatic|cold compression"),
    ("cold therapy", r"cold therapy|cryo|ice|cold packs?|ice packs?"),
    ("heat therapy", r"heat|thermacare|hot packs?|hot/cold"),
    ("orthotics", r"orthotics?\b|shoe inserts?|insoles?|arch supports?|heel (?:cups?|lifts?)"),
    ("traction", r"traction"),
    ("brace", r"brace|orthos|splint|sling|support|collar|lumbar roll|\blso\b|\btlso\b"),
    ("cpm", r"\bcpm\b|continuous passive"),
    ("power mobility device", r"power (?:wheel ?chair|mobility|scooter)|motori[sz]ed (?:wheel ?chair|scooter)|electric (?:wheel ?chair|scooter)"),
    ("walking aid", r"crutch|walker|\bcane\b|knee scooter|knee walker|wheelchair"),
    ("exercise equipment", r"exercise (?:kit|equipment|ball|bike|machine)|home exercise kit|theraband|resistance bands?|pulley|treadmill|recumbent bike|stationary bike"),
    # a change to the home (grab bars, a ramp, a stair lift) is not medical equipment
    ("home modification", r"grab bars?|\bramps?\b|stair ?lift|chair ?lift|home modification|widen\w* doors?"),
    ("bathroom equipment", r"shower chair|shower bench|tub bench|bath (?:chair|bench)|toilet seat|commode"),
    ("mattress", r"mattress|hospital bed|adjustable bed"),
    ("neuromuscular stimulation", r"\bnmes\b|\bems\b|neuromuscular (?:electrical )?stimulat"),
    ("bone growth stimulator", r"bone growth stimulat|bone stimulator"),
    ("paraffin", r"paraffin"),
    ("laser therapy", r"laser|infrared|\blllt\b"),
    ("shockwave therapy", r"shock ?wave|\beswt\b"),
    ("intrathecal pump", r"intrathecal|pain pump|drug delivery system"),
    ("skilled nursing facility", r"skilled nursing (?:facility|home|placement|stay|admission)|\bsnf\b|nursing facility"),
    ("hearing aids", r"hearing aids?"),
    ("detoxification", r"detox"),
    ("kyphoplasty", r"kyphoplasty|vertebroplasty"),
    ("hospital stay", r"inpatient|hospital (?:stay|days?|admission)|length of stay|overnight stay"),
    ("dvt prophylaxis", r"\bdvt\b|deep vein|compression (?:device|pump|stockings?)|pneumatic compression|sequential compression"),
    ("sleep study", r"sleep study|polysomnogra"),
    ("eeg", r"\beeg\b|electroencephalogra"),
    ("psychiatric program", r"partial hospitali|day treatment|intensive outpatient|psychiatric (?:program|hospital)"),
    ("coagulation studies", r"pt/ptt|\bptt\b|\binr\b|coagulation|prothrombin"),
    ("glucose tests", r"\ba1c\b|hba1c|hemoglobin a1c|glycated|glucose"),
    ("urinalysis", r"urinalysis|\bua\b"),
    ("laboratory tests", r"pt/ptt|\bcbc\b|\bbmp\b|\bcmp\b|\binr\b|metabolic panel|blood count|electrolytes|chemistry|(?:hepatic|liver|renal|kidney) (?:function|panel)"),
    ("urine drug screen", r"urine drug|\buds\b|drug screen|drug test|toxicology"),
    ("genetic testing", r"genetic|\bdna\b|pharmacogen|cyp"),
    ("functional capacity evaluation", r"functional capacity|\bfce\b"),
    ("functional restoration program", r"functional restoration|\bfrp\b"),
    ("work hardening", r"work hardening|work conditioning"),
    ("home health", r"home health|home care|nursing|aide|in-home (?:physical |occupational )?therap|^\s*home (?:physical|occupational) therap|(?:physical|occupational) therap\w* (?:at|in the) (?:home|patient's home)"),
    ("gym membership", r"gym|pool membership"),
    ("psychotherapy", r"psychotherap|cognitive behav|\bcbt\b|counsel"),
    ("biofeedback", r"biofeedback"),
    ("aquatic therapy", r"aquatic|aqua therapy|pool therapy"),
    ("massage", r"massage|myofascial"),
    ("manipulation", r"chiropract|manipulation|manual therapy"),
    ("acupuncture", r"acupuncture"),
    # "post-operative therapy 8 visits": therapy after an operation, by visits, is physical therapy
    ("physical therapy", r"physical therapy|\bpt\b|physiotherapy|physical medicine|(?:post-?op\w*|post-?surgical|rehab\w*) therapy\b|\btherapy (?:x\s*)?\(?\d+\)?\s*(?:visits|sessions)|\btherapy x\s*\d"),
    ("occupational therapy", r"occupational therapy|\bot\b|hand therapy"),
    ("assistant surgeon", r"assistant"),
    ("medical clearance", r"medical clearance|clearance"),
    ("laboratory tests", r"\bcbc\b|\bbmp\b|\bcmp\b|pt/ptt|\binr\b|panel|labs?\b|urinalysis"),
    ("electrocardiogram", r"\bekg\b|\becg\b|electrocardiogra"),
    ("chest x-ray", r"chest x-?ray"),
    ("consultation", r"consult|referral|evaluation by|specialist|\btoc\b|transfer of care"),
    ("office visit", r"office visit|follow[- ]?up"),
]
_PROCEDURE_RES = [
    (name, re.compile(rf"(?<![a-z])(?:{pattern})", re.I)) for name, pattern in _PROCEDURES
]
_PARENTHESISED = re.compile(r"\(\s*(\d+)\s*(?:sessions?|visits?|treatments?)?\s*\)", re.I)
_FORMS = re.compile(r"\b(patch|cream|gel|ointment|lotion|spray|solution|tablet|capsule|injection|ER|XR|CR|SR)\b", re.I)


def _drug_key(name: str) -> str:
    return re.sub(r"\s+", "", name.lower())


@lru_cache(maxsize=1)
def _drug_entries() -> list[dict]:
    return yaml.safe_load(resources.files("imr.requests").joinpath("data/drugs.yaml").read_text())


@lru_cache(maxsize=1)
def _ingredient_lists() -> dict[str, list[str]]:
    """The generic names a combination product is made of (Terocin: methyl salicylate,
    capsaicin, menthol, lidocaine)."""
    return {d["generic"]: d["ingredients"] for d in _drug_entries() if d.get("ingredients")}


def drug_class_of(generic: str) -> str | None:
    return _classes().get(generic)


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    return {drug["generic"]: drug["class"] for drug in reversed(_drug_entries())}


def ingredients_of(text: str) -> list[str]:
    """The generic name of every drug ``text`` names, combination products taken apart."""
    found: list[str] = []
    for _, generic, _class in find_drugs(text):
        for name in _ingredient_lists().get(generic, [generic]):
            if name not in found:
                found.append(name)
    return found


@lru_cache(maxsize=1)
def _drugs() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every brand and generic name (longest first, so "voltaren gel" wins
    over "voltaren"), and each name's (generic, class)."""
    names: dict[str, tuple[str, str]] = {}
    brands: list[str] = []
    for drug in _drug_entries():
        for brand in drug["brands"]:
            names.setdefault(_drug_key(brand), (drug["generic"], drug["class"]))
            brands.append(brand)
    brands.sort(key=len, reverse=True)
    alternatives = "|".join(re.escape(b).replace(r"\ ", r"\s*") for b in brands)
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![a-z])", re.I), names


def find_drugs(text: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """Every drug named in ``text``: (the match, generic, class), in order."""
    pattern, names = _drugs()
    for match in pattern.finditer(text):
        generic, drug_class = names[_drug_key(match.group(0))]
        yield match, generic, drug_class


_HIP_LABRUM = re.compile(r"\bhips?\b[^.;]{0,60}\blabr(?:um|al)|\blabr(?:um|al)[^.;]{0,60}\bhips?\b", re.I)
_SHOULDER_WORDS = re.compile(r"shoulder|rotator cuff|acromi|glenohumeral|\bac joint|clavic|slap|bankart", re.I)


def body_parts_in(text: str) -> list[str]:
    """The body parts ``text`` names; a labrum told with the hip is the hip's, not the shoulder's."""
    parts = [name for name, pattern in _BODY_RES.items() if pattern.search(text)]
    if "shoulder" in parts and _HIP_LABRUM.search(text) and not _SHOULDER_WORDS.search(text):
        parts.remove("shoulder")
    return parts


def mentions_body_part(text: str, parts: set[str] | list[str]) -> bool:
    """Whether ``text`` names any of the body parts (by the words the records use)."""
    return any(_BODY_RES[part].search(text) for part in parts if part in _BODY_RES)


def find_drug(text: str) -> tuple[str, str, str] | None:
    """(as written, generic, class) of the first drug named in ``text``, longest name first."""
    for match, generic, drug_class in find_drugs(text):
        return match.group(0), generic, drug_class
    return None


def _number(token: str | None) -> float | None:
    if token is None:
        return None
    token = token.lower()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


def _first(groups: tuple) -> float | None:
    for group in groups:
        value = _number(group)
        if value is not None:
            return value
    return None


_EMG = re.compile(r"\bemg|electromyo", re.I)
_NCV = re.compile(r"\bncv|\bncs|nerve conduction", re.I)


def _electrodiagnostic_study(text: str) -> str:
    """"emg/ncv" for both studies, "emg" or "ncv" for one alone."""
    emg, ncv = bool(_EMG.search(text)), bool(_NCV.search(text))
    return "emg/ncv" if emg == ncv else "emg" if emg else "ncv"


def surgery_in(text: str) -> str | None:
    """The operation a text names (a surgery request, a record of one), by its procedure."""
    for name, pattern in _PROCEDURE_RES:
        if name in SURGERIES and pattern.search(text):
            return name
    return None


SURGERIES = frozenset({
    "rotator cuff repair", "shoulder arthroscopy", "knee arthroscopy", "carpal tunnel release", "acl reconstruction",
    "fracture fixation", "hardware removal", "trigger finger release", "de quervain release", "cubital tunnel release",
    "epicondyle release", "arthroplasty", "fusion", "discectomy", "arthroscopy", "spinal cord stimulator",
})


_TOPICAL_FORM = re.compile(
    r"\b(?:cream|gel|ointment|lotion|liniment|balm|rub|compound\w*|topical|transdermal|roll-?on)\b|\d\s*%", re.I
)
_PATCH = re.compile(r"\bpatch", re.I)
_SYSTEMIC_PATCHES = {"fentanyl", "buprenorphine", "testosterone", "clonidine"}


def _as_topical(request: Request, body: str) -> None:
    """A drug applied to the skin is a topical analgesic whatever its oral class: "Voltaren 1%
    gel" is topical diclofenac, "Gabapentin 10%/Amitriptyline 10% cream" a compounded one."""
    if request.drug_class == "topical analgesic" or request.drug in _SYSTEMIC_PATCHES:
        return
    if not (_TOPICAL_FORM.search(body) or _PATCH.search(body)):
        return
    if len(request.ingredients) > 1:
        request.drug = "compounded topical"
    elif request.drug in ("diclofenac", "diclofenac potassium"):
        request.drug = "diclofenac topical"
    else:
        request.drug = f"{request.drug} topical"
    request.drug_class = "topical analgesic"


# a service asked for an operation ("psychological evaluation for spinal cord stimulator clearance")
_FOR_AN_OPERATION = re.compile(r"\bclearance\b|\bfor (?:the )?(?:spinal cord stimulator|scs|surgery|operation)\b", re.I)
# the rest of a partly certified request, told in the request line ("remaining 2 days of 5 day request")
_REMAINING_OF = re.compile(r"\bremaining\s+(?:\d+|\w+)\s+(?:[\w-]+\s+){0,2}?of\s+(?:the\s+|a\s+|an\s+)?(?:original\s+)?(.+?)(?:\s+request(?:ed)?)?\s*$", re.I)
# a medication for the days after an operation ("Keflex 500mg #20 post-operative")
_AFTER_AN_OPERATION = re.compile(r"\b(?:post|peri)[- ]?op(?:erative(?:ly)?)?\b|\b(?:after|following) (?:the )?(?:surgery|operation)\b", re.I)
_SLING = re.compile(r"\bsling\b", re.I)  # a sling is for the shoulder (or the arm below it)
_THERAPY_NAMED = re.compile(r"acupunctur\w*|chiro\w*", re.I)


def parse_request(
    text: str, *, original_request: str | None = None, authorized: str | None = None
) -> Request:
    """The structured request a disputed item's text states. Never raises."""
    text = text or ""
    associated = _ASSOCIATED.search(text)
    body = text[associated.end() :] if associated else text
    drug = find_drug(body)
    category = categorize(text, drug_known=drug is not None)
    if associated and drug is None:
        category = Category.SURGICAL_SERVICE
    if category is Category.SURGICAL_SERVICE and (therapy := _THERAPY_NAMED.search(body)):
        # "post-operative acupuncture" is acupuncture after an operation
        category = Category.ACUPUNCTURE if therapy.group(0).lower().startswith("acupunct") else Category.CHIROPRACTIC

    request = Request(text=text, category=category)
    request.body_parts = body_parts_in(body) or (['shoulder'] if _SLING.search(body) else [])
    request.levels = [re.sub(r"\s+", "", m.group(1)).upper() for m in _LEVEL.finditer(body)]
    for side, pattern in _SIDE:
        if pattern.search(body):
            request.side = side
            break
    # a service that goes with an operation names it ("assistant surgeon for right knee
    # arthroscopy"): the service is what is asked, so the operations are tried last
    ordered = _PROCEDURE_RES
    if category is Category.SURGICAL_SERVICE:
        ordered = [p for p in _PROCEDURE_RES if p[0] not in SURGERIES] + [p for p in _PROCEDURE_RES if p[0] in SURGERIES]
    for name, pattern in ordered:
        if pattern.search(body):
            request.procedure = name
            break
    if request.procedure == "emg/ncv":
        request.procedure = _electrodiagnostic_study(body)
    if request.procedure == "shoulder arthroscopy" and "shoulder" not in request.body_parts and "hip" in request.body_parts:
        request.procedure = "arthroscopy"  # "hip arthroscopy with labral repair"
    if drug:
        request.brand, request.drug, request.drug_class = drug
        request.ingredients = ingredients_of(body)
        _as_topical(request, body)
        strength = _STRENGTH.search(body)
        if strength:
            request.strength = f"{strength.group(1)} {strength.group(2).lower()}"
        form = _FORMS.search(body)
        if form:
            request.form = form.group(1).lower()
        quantity = _QUANTITY.search(body)
        if quantity:
            request.quantity = int(_first(quantity.groups()) or 0) or None
        refills = _REFILLS.search(body)
        if refills:
            request.refills = int(_first(refills.groups()) or 0) or None
    else:
        times = _TIMES.search(body)
        by = _BY.search(body)
        if times:
            request.frequency_per_week = _number(times.group(1))
            request.duration_weeks = _number(times.group(2))
        elif by and category in (Category.PHYSICAL_THERAPY, Category.CHIROPRACTIC, Category.ACUPUNCTURE, Category.SURGICAL_SERVICE, Category.PSYCHOLOGICAL):
            request.frequency_per_week = float(by.group(1))
            request.duration_weeks = float(by.group(2))
        monthly = _MONTHLY.search(body)
        if request.frequency_per_week and request.duration_weeks:
            request.visits = int(request.frequency_per_week * request.duration_weeks)
        elif monthly:
            # "once a month for 6 months": a visit a month over the months named
            per_month = _number(monthly.group(1) or "1")
            request.visits = int(per_month * _number(monthly.group(2)))
        elif _PARENTHESISED.search(body):
            request.visits = int(_PARENTHESISED.search(body).group(1))
        else:
            visits = _VISITS.search(body)
            if visits:
                value = _first(visits.groups())
                request.visits = int(value) if value and value < 100 else None
    if _RETRO.search(text):
        request.retrospective = True
        dos = _DOS.search(text)
        request.date_of_service = parse_date(dos.group(1)) if dos else None
    if associated or category is Category.SURGICAL_SERVICE or (category not in (Category.SURGERY, Category.PSYCHOLOGICAL) and _FOR_AN_OPERATION.search(body)):
        request.associated_surgery = "the requested surgery"
    elif category is Category.MEDICATION and _AFTER_AN_OPERATION.search(body):
        request.associated_surgery = "the requested surgery"  # "Norco 10/325 #40 post-op"
    if not original_request and (remainder := _REMAINING_OF.search(text)):
        # "remaining 4 visits of 2x3 request": the rest of a request the claims administrator certified in part
        original_request = f"{text[:remainder.start()].strip(' ,;:-')} {remainder.group(1)}".strip()
    if original_request:
        # IMR decides the original request: a remainder is necessary only if the whole was
        request.eligible_portion_of = original_request
        original = parse_request(original_request)
        for field in ("visits", "quantity", "frequency_per_week", "duration_weeks", "refills"):
            if getattr(original, field) is not None:
                setattr(request, field, getattr(original, field))
    return request
