"""A draft pasted from Word as Markdown, shared by the parser's and the window's tests."""

NEED = (
    "Antall innbyggere over 80 år i Bodø vil øke fra 2\u00a0600 i 2024 til 4\u00a0900 i 2040 (SSB, "
    "befolkningsframskrivinger). Hjemmetjenesten bruker allerede 38\u00a0% av årsverkene i helse og omsorg, og "
    "netto driftsutgifter til pleie og omsorg var 1,2 milliarder kroner i 2023 (KOSTRA). Mange eldre får hjelp "
    "de kunne klart selv med litt opptrening, og det gjør dem mindre selvstendige."
)
WHY = (
    "Bodø har erfaring fra hverdagsrehabilitering siden 2015. Kommunedirektøren har godkjent at prosjektet "
    "settes i gang. Fauske og Saltdal har samme utfordringer med lange avstander."
)
DIALOGUE = (
    "Vi vil invitere leverandører til en dialogkonferanse og en-til-en-møter, og utvikle løsningen sammen med "
    "dem. Målet er smartere tjenester og mindre kjøring."
)
BUDGET = "Prosjektledelse 600 000 kr, behovsanalyse 500 000 kr og testing i pilot 400 000 kr, til sammen 1 500 000 kr."
# As Word leaves it when a draft is pasted as Markdown: CRLF, each heading a bold paragraph with
# its text on the next line, no «#» anywhere.
PASTED = "\r\n".join(
    [
        "**Søker:** Bodø kommune",
        "**Partnere:** Fauske kommune og Saltdal kommune",
        "",
        "**Bedre hverdagsmestring for eldre**",
        "",
        "**1. Hva er problemet?**",
        NEED,
        "",
        "**2. Hvorfor er vi rett partnerskap?**",
        WHY,
        "",
        "**3. Dialog med markedet**",
        DIALOGUE,
        "",
        "**4. Budsjett**",
        BUDGET,
        "",
    ]
)
