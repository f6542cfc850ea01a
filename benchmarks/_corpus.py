"""Realistic sketches for benchmarks and layout tests: one strong sketch, and five-page ones.

`STRONG_SKETCH` is a complete bokmål sketch of about four pages with a budget table.
`five_page_sketch(seed)` writes a varied sketch that fills about five pages in the default
layout, for timing the checker and the renderer on the size the call allows.
"""

from __future__ import annotations

import random

STRONG_SKETCH = """\
---
title: Færre fall, flere trygge år hjemme
applicant:
  name: Bergen kommune
  orgnr: "964338531"
  kind: kommune
partners:
  - name: Askøy kommune
    orgnr: "964338442"
    role: medsøker, egne tjenestedata
  - name: Øygarden kommune
    role: medsøker
  - name: Helse Bergen HF
    role: spesialisthelsetjenesten, fallregister
language: nb
rubric: innovasjonspartnerskap
---

# Færre fall, flere trygge år hjemme

## Sammendrag

Hvert år faller om lag en av tre hjemmeboende over 65 år. Fallene fører til brudd, sykehusinnleggelser
og ofte til at den eldre ikke lenger kan bo hjemme. Bergen, Askøy og Øygarden kommuner vil sammen med
Helse Bergen finne nye måter å oppdage og forebygge fallrisiko på, før fallet skjer. Vi søker et
innovasjonspartnerskap fordi ingen løsning på markedet i dag møter behovet i hele forløpet: fra
hjemmetjenesten via fastlegen til sykehuset og tilbake.

## Problem og behov

Kommunene har ansvar for at eldre kan bo trygt hjemme så lenge de ønsker. Et fall er ofte vendepunktet.
Etter et hoftebrudd kommer bare halvparten tilbake til samme funksjonsnivå, og mange trenger
langtidsplass på sykehjem innen et år. Fallene rammer den enkelte hardt, og de belaster tjenester som
allerede mangler folk.

I dag oppdager vi fallrisiko for sent. Hjemmetjenesten ser brukeren i korte besøk, fastlegen ser hen
sjelden, og sykehuset møter hen først etter fallet. Informasjonen om svimmelhet, nye medisiner,
dårlig søvn, glatte gulv eller et hjem som ikke lenger passer, finnes spredt hos mange, men ingen har
oversikten. Brukeren selv og de pårørende vet ofte mest, men blir sjelden spurt systematisk.

Behovet er derfor ikke et nytt apparat, men en bedre måte å se helheten på, og å handle før fallet:

- Hvordan kan vi finne de som har høyest fallrisiko, uten å kartlegge alle like mye?
- Hvordan kan tiltak (trening, medisingjennomgang, tilpasning av boligen) komme raskt i gang?
- Hvordan kan brukeren og de pårørende selv merke og melde endringer?
- Hvordan kan kommunen og sykehuset dele det de vet, innenfor personvernet?

Hvis ingenting gjøres, vil antallet fall øke med antallet eldre. Fram mot 2040 dobles antallet
innbyggere over 80 år i regionen, mens antallet yrkesaktive per eldre går ned.

### Hva vi vet om årsakene

Fall har sjelden én årsak. Forskningen peker på samspillet mellom svekket muskelstyrke og balanse,
legemidler som gir svimmelhet eller blodtrykksfall, nedsatt syn, dårlig ernæring, frykt for å falle
og et hjem med terskler, løse tepper og dårlig lys. Mange av disse forholdene kan endres, men bare
hvis noen ser dem i tide og har myndighet og tid til å handle.

Fallforebygging virker når den er målrettet. Styrke- og balansetrening halverer fallrisikoen hos dem
som gjennomfører den, og en legemiddelgjennomgang kan fjerne en av de vanligste risikofaktorene.
Likevel får få av dem som trenger det mest, slike tiltak i dag. Tilbudene er spredt på mange enheter,
henvisningene går sakte, og ingen har ansvaret for helheten rundt den enkelte.

### Hvem berøres

De som rammes hardest, er eldre som bor alene, har flere kroniske sykdommer og bruker mange
legemidler. Mange av dem har hjemmetjenester, men ikke alle. Pårørende, ofte selv godt voksne,
bærer en stor del av omsorgen og forteller om uro og utrygghet. De ansatte i hjemmetjenesten
beskriver en hverdag der de rykker ut etter fall i stedet for å forebygge dem.

## Tall og data

Tallene under viser hvor stort behovet er i de tre kommunene og hva fallene koster i dag.

| Indikator | Bergen | Askøy | Øygarden | Kilde |
|---|---:|---:|---:|---|
| Innbyggere 80 år og eldre (2024) | 13 450 | 1 310 | 1 420 | SSB, tabell 07459 |
| Framskrevet 80+ i 2040 | 25 900 | 2 780 | 3 050 | SSB, befolkningsframskrivinger |
| Mottakere av hjemmetjenester 67+ | 6 820 | 640 | 700 | KOSTRA |
| Hoftebrudd per år, 65+ | 410 | 38 | 41 | Norsk hoftebruddregister |

Et hoftebrudd koster samfunnet om lag 500 000 kr det første året, når sykehusopphold, rehabilitering
og økt behov for kommunale tjenester regnes med (Helsedirektoratet). Med om lag 490 hoftebrudd i året
i de tre kommunene utgjør det rundt 245 mill. kr årlig, uten de andre bruddene og skadene. Pleie og
omsorg er den største utgiftsposten i kommunebudsjettene: i Bergen 6,1 mrd. kr i 2023 (KOSTRA).

Fall er også den vanligste årsaken til at eldre legges inn akutt: 18 prosent av innleggelsene av
pasienter over 80 år ved Haukeland universitetssjukehus skyldtes fall i 2023.

Hjemmetjenesten i Askøy registrerte 1 140 fall hos 412 brukere i 2023. En av fire brukere falt
minst én gang, og brukerne som falt, fikk i snitt 4,5 timer mer hjemmetjeneste i uka etter fallet.
I Bergen ble 27 prosent av nye langtidsplasser i sykehjem tildelt etter et fall eller en fallskade.
En langtidsplass koster om lag 1,4 mill. kr i året (KOSTRA, 2023).

## Samarbeidspartnere

- **Bergen kommune** (søker) – etaten for hjemmebaserte tjenester, Etat for helsetjenester og
  Bergen kommunes innovasjonsavdeling.
- **Askøy kommune** – hjemmetjenesten og frisklivssentralen, med egne data om fallregistrering.
- **Øygarden kommune** – spredt bosetting og lange reiseavstander, som gir andre krav til løsningen.
- **Helse Bergen HF** – geriatrisk avdeling og fallklinikken, med kunnskap om årsakene til fall.

Brukerrådet for eldre i Bergen og Pensjonistforbundet Vestland er med i referansegruppen. Flere
kommuner i Vestland har sagt at de vil følge prosjektet og ta i bruk det som utvikles.

Sammen dekker de tre kommunene både by, forstad og spredt bosetting. Det gjør at det vi utvikler,
blir prøvd under ulike forhold, og at løsningen kan tas i bruk av andre kommuner etterpå. Helse
Bergen bringer inn spesialistkunnskap om fallårsaker og kan måle effekten på innleggelser.

## Hvorfor oss

Vi har gjort dette før. Bergen kommune var med i nasjonalt program for velferdsteknologi og har
innført digitalt tilsyn hos over 3 000 brukere. Askøy har fem års erfaring med strukturert
fallregistrering, og fallklinikken ved Helse Bergen er en av de største i landet.

Prosjektet er forankret i toppledelsen: kommunedirektørene i alle tre kommuner og administrerende
direktør i Helse Bergen har signert en intensjonsavtale, og byrådet i Bergen har vedtatt at
fallforebygging er et satsingsområde i helse- og omsorgsplanen for 2024–2030. Vi setter av en
prosjektleder i full stilling og frikjøper fagfolk fra tjenestene.

Vi har også erfaring med innovative anskaffelser. Bergen kommune gjennomførte i 2021 en
konkurranse med forhandling om digitale trygghetsløsninger, med god deltakelse fra små og
mellomstore bedrifter. Innkjøpsavdelingen har egne rådgivere for innovative anskaffelser.

## Grønnere og smartere

Færre fall betyr færre akutte transporter, færre liggedøgn og mindre bruk av engangsutstyr. En
smartere tjeneste bruker kreftene der risikoen er størst, i stedet for å gi alle det samme. Vi
venter gevinster for brukerne (flere trygge år hjemme), for de ansatte (mindre brannslukking) og for
økonomien (lavere kostnader til sykehjem og sykehus). Målet er 20 prosent færre fallskader innen
fem år etter at løsningen er tatt i bruk.

| Gevinst | Mål | Hvordan vi måler |
|---|---|---|
| Færre fallskader | 20 % færre innen 2030 | Fallregister og pasientadministrative data |
| Færre akutte innleggelser | 15 % færre for 80+ | Helse Bergen |
| Flere år hjemme | Senere innflytting på sykehjem | KOSTRA og egne tall |

## Dialog med næringslivet

Vi vet ikke hvordan løsningen ser ut, og det er nettopp derfor vi vil ha dialog med markedet. Vi vil
invitere leverandører av helsetjenester, velferdsteknologi, boligtilpasning, dataanalyse og
tjenestedesign til en åpen dialogkonferanse, og deretter til en-til-en-møter. Vi vil samarbeide
med LUP om markedsdialogen og bruke Helseinnovasjonssenteret til å nå små og nye bedrifter.

Etter dialogen vil vi lyse ut en konkurranse om et innovasjonspartnerskap med inntil tre
leverandører, som utvikler løsningen sammen med oss i trinn, med tester i tjenestene underveis.

Vi ser for oss at løsningen kan bestå av både nye tjenester, nye arbeidsformer og digitale
verktøy, men vi låser ikke det på forhånd. Leverandørene skal få møte brukere, pårørende og
ansatte, og vi deler anonymiserte data om fall og tiltak så langt personvernet tillater det.

## Gjennomføring og fremdrift

Prosjektet går over tre år og følger fasene i et innovasjonspartnerskap. Hver fase avsluttes med en
beslutning i styringsgruppen, der kommunedirektørene og Helse Bergen er representert.

1. **Behovsavklaring (2025).** Vi kartlegger forløpene i de tre kommunene sammen med brukere,
   pårørende og ansatte, og beskriver behovet og gevinstene i et felles behovsdokument.
2. **Markedsdialog og konkurranse (2025).** Dialogkonferanse, en-til-en-møter og konkurranse med
   forhandling om et innovasjonspartnerskap.
3. **Utvikling i trinn (2026–2027).** Leverandørene utvikler og tester løsningen sammen med
   tjenestene. Vi evaluerer etter hvert trinn og justerer kursen.
4. **Utprøving i full skala (2027).** Løsningen prøves i alle tre kommuner, og effekten måles
   før vi beslutter om vi skal kjøpe den.

Risikoen i prosjektet er først og fremst at tjenestene ikke har tid til å delta. Vi møter den med
frikjøp, en tydelig prosjektorganisering og ved å knytte arbeidet til mål som allerede står i
virksomhetsplanene. Personvernet ivaretas med en personvernkonsekvensvurdering før data deles.

## Budsjett

Budsjettet under er tentativt. Det gjelder prosjektet fram til en løsning er klar til å tas i bruk.
Kjøp av den ferdige løsningen er ikke med i summen, men vist for å gi et helt bilde.

| Post | 2025 | 2026 | 2027 | Sum |
|---|---:|---:|---:|---:|
| Prosjektledelse og koordinering | 900000 | 950000 | 950000 | 2800000 |
| Behovsavklaring og tjenestedesign | 600000 | 200000 | 0 | 800000 |
| Markedsdialog og konkurranse | 450000 | 150000 | 0 | 600000 |
| Utvikling i partnerskapet | 0 | 3500000 | 3000000 | 6500000 |
| Testing og evaluering i tjenestene | 0 | 700000 | 900000 | 1600000 |
| Anskaffelse av ferdig løsning | 0 | 0 | 4000000 | 4000000 |
"""


_NEEDS = [
    ("Fall blant hjemmeboende eldre", "fall", "hjemmetjenesten"),
    ("Ensomhet blant eldre", "ensomhet", "frivilligsentralen"),
    ("Frafall i videregående skole", "frafall", "oppfølgingstjenesten"),
    ("Overvann og flom i tette byområder", "overvann", "vann- og avløpsetaten"),
    ("Matsvinn i offentlige kjøkken", "matsvinn", "kjøkkentjenesten"),
]
_MUNICIPALITIES = ["Bergen kommune", "Askøy kommune", "Trondheim kommune", "Bodø kommune", "Stavanger kommune", "Tromsø kommune"]
_SENTENCES = [
    "Behovet for {topic} vokser i takt med befolkningen, og dagens tjenester er ikke laget for det.",
    "I {year} registrerte kommunene {n} saker knyttet til {topic}, en økning på {pct} prosent fra året før (KOSTRA).",
    "Tallene fra SSB viser at {n} innbyggere berøres direkte, og at kostnaden for kommunene er om lag {mill} mill. kr i året.",
    "De ansatte i {unit} bruker mye tid på å rette opp i stedet for å forebygge.",
    "Vi vet lite om hva som virker, og erfaringene fra andre kommuner er spredte.",
    "Brukerne forteller at de møter mange ulike ansatte og må gjenta historien sin.",
    "Et bedre tilbud vil gi gevinster for innbyggerne, for de ansatte og for kommuneøkonomien.",
    "Vi vil involvere brukerne og de ansatte fra første dag, og teste underveis.",
    "Kommunedirektøren har forankret arbeidet i ledergruppen, og prosjektet er del av økonomiplanen.",
    "Flere kommuner har samme utfordring, og løsningen skal kunne tas i bruk av alle.",
]


def _paragraph(rng: random.Random, topic: str, unit: str, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        template = rng.choice(_SENTENCES)
        out.append(
            template.format(
                topic=topic,
                unit=unit,
                year=rng.randint(2019, 2024),
                n=f"{rng.randint(1200, 98000):,}".replace(",", " "),
                pct=rng.randint(3, 40),
                mill=rng.randint(12, 480),
            )
        )
    return " ".join(out)


def five_page_sketch(seed: int = 0, *, paragraphs_per_section: int = 6) -> str:
    """A bokmål sketch of about five pages (default layout), varied by `seed`."""
    rng = random.Random(seed)
    title, topic, unit = rng.choice(_NEEDS)
    applicant, partner = rng.sample(_MUNICIPALITIES, 2)
    sections = ["Sammendrag", "Problem og behov", "Tall og data", "Samarbeidspartnere", "Hvorfor oss", "Grønnere og smartere", "Dialog med næringslivet"]
    parts = [
        "---",
        f"title: {title} – et felles løft",
        f"applicant: {applicant}",
        "partners:",
        f"  - {partner}",
        "  - Vestland fylkeskommune",
        "language: nb",
        "---",
        "",
    ]
    for name in sections:
        parts += [f"## {name}", ""]
        for _ in range(paragraphs_per_section):
            parts += [_paragraph(rng, topic, unit, rng.randint(3, 5)), ""]
        if name == "Problem og behov":
            parts += ["- Hvem berøres mest?", "- Hva koster det i dag?", "- Hva skjer hvis ingenting gjøres?", ""]
    parts += [
        "## Budsjett",
        "",
        "| Post | Beløp (kr) |",
        "|---|---:|",
        f"| Prosjektledelse | {rng.randint(8, 30) * 100_000} |",
        f"| Markedsdialog | {rng.randint(3, 9) * 100_000} |",
        f"| Utvikling | {rng.randint(20, 60) * 100_000} |",
        f"| Testing og evaluering | {rng.randint(5, 15) * 100_000} |",
        f"| Anskaffelse av løsningen (ikke med i summen) | {rng.randint(30, 90) * 100_000} |",
        "",
    ]
    return "\n".join(parts)


_POSTS = [
    "Prosjektledelse og koordinering mellom kommunene",
    "Behovsavklaring med brukere, pårørende og ansatte",
    "Markedsdialog, dialogkonferanse og en-til-en-møter",
    "Utvikling i partnerskapet",
    "Brukerinvolvering og tjenestedesign",
    "Testing og evaluering i tjenestene",
    "Følgeforskning ved universitet",
    "Personvernkonsekvensvurdering og informasjonssikkerhet",
    "Opplæring av ansatte",
    "Spredning til andre kommuner",
    "Juridisk bistand i konkurransen",
    "Reiser og samlinger",
]
_INDICATORS = [
    ("Innbyggere 80 år og eldre", "SSB, tabell 07459"),
    ("Mottakere av hjemmetjenester", "KOSTRA"),
    ("Akutte innleggelser etter fall", "Helse Bergen, årsrapport"),
    ("Netto driftsutgifter pleie og omsorg (mill. kr)", "KOSTRA"),
    ("Ansatte i hjemmetjenesten", "egne tall fra fagsystemet"),
    ("Sykehjemsplasser", "KOSTRA"),
    ("Elever som ikke fullfører videregående", "Utdanningsdirektoratet"),
    ("Overvannshendelser med skade", "Norsk klimaservicesenter"),
    ("Tonn matsvinn i kommunale kjøkken", "egne målinger"),
]


def layout_sketch(seed: int) -> str:
    """A bokmål sketch of two to six pages whose sections, lists and tables vary in length with
    `seed`, so that across seeds headings and tables fall at every height of a page."""
    rng = random.Random(seed * 7919 + 17)
    title, topic, unit = rng.choice(_NEEDS)
    applicant, partner = rng.sample(_MUNICIPALITIES, 2)
    parts = ["---", f"title: {title}", f"applicant: {applicant}", "partners:", f"  - {partner}", "language: nb", "---", ""]

    def prose(low: int, high: int) -> None:
        for _ in range(rng.randint(low, high)):
            parts.extend([_paragraph(rng, topic, unit, rng.randint(2, 6)), ""])

    for name in ("Sammendrag", "Problem og behov", "Tall og data", "Samarbeidspartnere", "Hvorfor oss", "Grønnere og smartere", "Dialog med næringslivet"):
        parts += [f"## {name}", ""]
        prose(1, 4)
        if rng.random() < 0.3:
            parts += [f"### {rng.choice(['Hva vi vet', 'Hvem berøres', 'Slik måler vi gevinsten', 'Risiko'])}", ""]
            prose(1, 2)
        if rng.random() < 0.3:
            parts += [f"- {_paragraph(rng, topic, unit, 1)}" for _ in range(rng.randint(2, 5))] + [""]
        if name == "Tall og data":
            rows = rng.sample(_INDICATORS, rng.randint(3, len(_INDICATORS)))
            parts += ["Tabellen viser omfanget i kommunene.", "", "| Indikator | 2022 | 2023 | Kilde |", "|---|---:|---:|---|"]
            parts += [f"| {label} | {rng.randint(100, 40000)} | {rng.randint(100, 40000)} | {source} |" for label, source in rows]
            parts.append("")
    parts += ["## Budsjett", "", "Budsjettet er tentativt. Kjøp av den ferdige løsningen er ikke med i summen.", ""]
    parts += ["| Post | Kategori | 2025 | 2026 | Sum |", "|---|---|---:|---:|---:|"]
    for post in rng.sample(_POSTS, rng.randint(4, len(_POSTS))):
        a, b = rng.randint(1, 30) * 50_000, rng.randint(1, 30) * 50_000
        parts.append(f"| {post} | {rng.choice(['Prosjektledelse', 'Utvikling', 'Markedsdialog', 'Testing/pilot', 'Annet'])} | {a} | {b} | {a + b} |")
    parts += ["| Anskaffelse av ferdig løsning | Anskaffelse | 0 | 4000000 | 4000000 |", ""]
    return "\n".join(parts)
