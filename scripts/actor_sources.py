"""Readers for the who-is-who sources in ../shared/kb, used by build_actors.py, split by what they do:

* ``kb_countries.py`` -- ISO3 codes from the sources' ISO 3166, COW and Gleditsch-Ward codes, and their fixes;
* ``kb_people.py``    -- people (CIA World Leaders, Wikidata, Archigos, REIGN, UK ministers) as plain facts;
* ``kb_groups.py``    -- parties (Party Facts) and armed groups (UCDP), and the guards on their names;
* ``kb_evidence.py``  -- what the BBC and Reuters corpora say about a name (English word, stories' countries).

This module gathers them under one name, as build_actors.py and the tests import them.
"""

from __future__ import annotations

from kb_countries import COW_FIXES, GW_TO_ISO3, ISO2_FIXES, CountryTables, country_tables
from kb_evidence import CONNECTORS, MIN_STORIES, CorpusEvidence, common_words, folded
from kb_groups import (
    ACRONYM,
    SHARE_RATIO,
    SMALL_PARTY,
    armed_groups,
    holder_key,
    is_acronym,
    organisation_rows,
    parties,
    party_forms,
    shared_acronym_rows,
    usable_name,
    wikipedia_title,
)
from kb_people import (
    TITLE_SECTORS,
    Person,
    cia_name,
    people_archigos,
    people_cia,
    people_reign,
    people_uk,
    people_wikidata,
    title_sector,
)

__all__ = [
    "ACRONYM", "CONNECTORS", "COW_FIXES", "GW_TO_ISO3", "ISO2_FIXES", "MIN_STORIES", "SHARE_RATIO", "SMALL_PARTY",
    "TITLE_SECTORS", "CorpusEvidence", "CountryTables", "Person", "armed_groups", "cia_name", "common_words",
    "country_tables", "folded", "holder_key", "is_acronym", "organisation_rows", "parties", "party_forms",
    "people_archigos", "people_cia", "people_reign", "people_uk", "people_wikidata", "shared_acronym_rows",
    "title_sector", "usable_name", "wikipedia_title",
]
