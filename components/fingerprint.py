"""What the trained model learns from, as one SHA-256: the Rasa files it is trained on and
each training message as the occupation extractor masks it (the titles and places found
in it). `make model` retrains only when this changes, so a change to pay figures or to
the knowledge API leaves the model alone, while a new title that masks a training
message differently retrains it.

    python -m components.fingerprint
"""

import hashlib
import re
from pathlib import Path

import yaml

from knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
RASA_FILES = ["config.yml", "domain.yml", *sorted(f"data/{p.name}" for p in (ROOT / "data").glob("*.yml"))]
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")  # [text](entity) or [text]{...}


def training_messages():
    for block in yaml.safe_load((ROOT / "data" / "nlu.yml").read_text())["nlu"]:
        for line in (block.get("examples") or "").splitlines():
            if line.strip().startswith("- "):
                yield ANNOTATION.sub(r"\1", line.strip()[2:])


def fingerprint(kb=None):
    kb = kb or KnowledgeBase()
    digest = hashlib.sha256()
    components = sorted(
        f"components/{p.name}" for p in (ROOT / "components").glob("*.py") if p.name != "fingerprint.py"
    )
    for name in RASA_FILES + components + ["knowledge/english.py"]:  # english: words as featurized
        digest.update(name.encode() + (ROOT / name).read_bytes())
    for text in training_messages():
        digest.update(repr([(m.start, m.end, m.kind, m.value, m.known) for m in kb.mentions(text)]).encode())
    return digest.hexdigest()


if __name__ == "__main__":
    print(fingerprint())
