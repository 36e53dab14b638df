"""A folder of every input fault ``newsevents run`` names (issue #16), written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

ENGLISH = ("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow on Tuesday. "
           "Lavrov said Russia would continue to support the nuclear agreement and criticised "
           "the new sanctions announced by Washington.")
FRENCH = ("Le ministre russe des Affaires étrangères a rencontré mardi à Moscou son homologue iranien. "
          "Il a déclaré que la Russie continuerait de soutenir l'accord sur le nucléaire et a critiqué "
          "les nouvelles sanctions annoncées par Washington.")
SPANISH = ("El ministro de Asuntos Exteriores de Rusia se reunió el martes en Moscú con su homólogo iraní. "
           "Dijo que Rusia seguirá apoyando el acuerdo nuclear y criticó las nuevas sanciones anunciadas "
           "por Washington.")
CHINESE = ("俄罗斯外交部长拉夫罗夫周二在莫斯科会见了伊朗外长。拉夫罗夫表示，俄罗斯将继续支持伊核协议，"
           "并批评了华盛顿宣布的新制裁措施。他说，单方面制裁违反国际法，无助于解决问题。双方还讨论了叙利亚局势"
           "以及地区安全合作等问题，并同意加强在联合国框架内的协调与配合。")

# name -> (bytes, expected outcome: "coded" or the skip reason's name)
FAULTS: dict[str, tuple[bytes, str]] = {
    "cp1252.txt": (("Minister’s visit\n\n" + ENGLISH + " It was “a café meeting”.").encode("cp1252"), "coded"),
    "mojibake.txt": (("Minister’s visit\n\n" + ENGLISH + " It wasn’t a café.").encode("utf-8").decode("cp1252")
                     .encode("utf-8"), "coded"),
    "huge.txt": (b"Big page\n\n" + b"word " * 2_000_000 + b"\n", "too-large"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\n   \n", "empty"),
    "binary.txt": (bytes(range(256)) * 8, "binary"),
    "french.txt": (("Visite à Moscou\n\n" + FRENCH).encode("utf-8"), "not-english"),
    "spanish.html": (f"<html><body><h1>Visita</h1><p>{SPANISH}</p><p>{SPANISH}</p></body></html>".encode(),
                     "not-english"),
    "chinese.txt": (("拉夫罗夫会见伊朗外长\n\n" + CHINESE).encode("utf-8"), "not-english"),
}
JSONL = [json.dumps({"id": "j1", "title": "Lavrov in Moscow", "text": ENGLISH}), '{"id": "j2", "text": "broken',
         json.dumps({"id": "j3", "text": ""})]
CSV = 'id,title,text\nc1,Lavrov,"' + ENGLISH + '"\nc2,Broken,"an unclosed quote\n'


def write_faults(folder: Path) -> dict[str, str]:
    """Write the faults folder; return each input's expected outcome by document id."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, (data, outcome) in FAULTS.items():
        (folder / name).write_bytes(data)
        expected[name.rsplit(".", 1)[0]] = outcome
    (folder / "records.jsonl").write_text("\n".join(JSONL) + "\n", encoding="utf-8")
    expected.update({"j1": "coded", "records:2": "broken-line", "j3": "empty"})
    (folder / "rows.csv").write_text(CSV, encoding="utf-8")
    expected.update({"c1": "coded", "rows:3": "broken-line"})
    return expected
