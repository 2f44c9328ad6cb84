"""A REFI-QDA archive, names in Japanese, that loses and changes things on import: what the
carry-over report lists (sets, graphs, a picture, a missing text, links a case cannot keep, a
value that does not fit, duplicate names, an unknown user …), so a Japanese walk reads its
lines. GUIDs are digits only: hex letters would read as English words."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

USER, OTHER_USER = "10000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000009"
CODE = "20000000-0000-4000-8000-000000000001"
AGE, SURVEYED = "30000000-0000-4000-8000-000000000001", "30000000-0000-4000-8000-000000000002"
TEXT, MISSING, PICTURE, TWIN = (f"40000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3, 4))
SELECTION, OUTSIDE, UNCODED = (f"50000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
CODING, BARE = "60000000-0000-4000-8000-000000000001", "60000000-0000-4000-8000-000000000002"
CASE, TWIN_CASE = "70000000-0000-4000-8000-000000000001", "70000000-0000-4000-8000-000000000002"
NOTE, LINK = "80000000-0000-4000-8000-000000000001", "80000000-0000-4000-8000-000000000002"
SET, GRAPH = "90000000-0000-4000-8000-000000000001", "90000000-0000-4000-8000-000000000002"
INTERVIEW = "外国人住民の就労支援について話を聞いた。"

PROJECT = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="失われる研究" origin="手書き">
 <Users><User guid="{USER}" name="花子"/></Users>
 <CodeBook><Codes><Code guid="{CODE}" name="就労" isCodable="true"/></Codes></CodeBook>
 <Variables>
  <Variable guid="{AGE}" name="人口" typeOfVariable="Integer">
   <Description>万人</Description>
  </Variable>
  <Variable guid="{SURVEYED}" name="調査日" typeOfVariable="DateTime"/>
 </Variables>
 <Sources>
  <TextSource guid="{TEXT}" name="聞き取り" plainTextPath="internal://{TEXT}.txt">
   <PlainTextSelection guid="{SELECTION}" startPosition="0" endPosition="5">
    <Coding guid="{CODING}" creatingUser="{OTHER_USER}"><CodeRef targetGUID="{CODE}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="{OUTSIDE}" startPosition="5" endPosition="900">
    <Coding guid="{BARE}"><CodeRef targetGUID="{CODE}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="{UNCODED}" startPosition="1" endPosition="3"/>
   <VariableValue><VariableRef targetGUID="{AGE}"/><IntegerValue>3</IntegerValue></VariableValue>
  </TextSource>
  <TextSource guid="{MISSING}" name="欠けた記録" plainTextPath="internal://{MISSING}.txt"/>
  <PictureSource guid="{PICTURE}" name="写真" path="internal://{PICTURE}.jpg">
   <PictureSelection guid="{PICTURE[:-1]}5" firstX="0" firstY="0" secondX="1" secondY="1">
    <Coding guid="{BARE[:-1]}3"><CodeRef targetGUID="{CODE}"/></Coding>
   </PictureSelection>
  </PictureSource>
  <TextSource guid="{TWIN}" name="聞き取り">
   <PlainTextContent>同じ名前の記録。</PlainTextContent>
  </TextSource>
 </Sources>
 <Cases>
  <Case guid="{CASE}" name="浜松市">
   <CodeRef targetGUID="{CODE}"/>
   <VariableValue>
    <VariableRef targetGUID="{AGE}"/><IntegerValue>八十万</IntegerValue>
   </VariableValue>
   <SourceRef targetGUID="{MISSING}"/>
   <SelectionRef targetGUID="{SELECTION}"/>
  </Case>
  <Case guid="{TWIN_CASE}" name="浜松市"/>
 </Cases>
 <Notes>
  <Note guid="{NOTE}" name="所感"><PlainTextContent>気づいたこと</PlainTextContent></Note>
 </Notes>
 <Links><Link guid="{LINK}" name="関連" originGUID="{CODE}" targetGUID="{CASE}"/></Links>
 <Sets><Set guid="{SET}" name="重点"><MemberCode targetGUID="{CODE}"/></Set></Sets>
 <Graphs><Graph guid="{GRAPH}" name="関係図"/></Graphs>
</Project>
"""


def write(path: Path) -> Path:
    """The archive at ``path`` (the missing text is left out of it on purpose)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", PROJECT.encode("utf-8"))
        archive.writestr(f"sources/{TEXT}.txt", INTERVIEW.encode("utf-8"))
    return path


def names(path: Path) -> set[str]:
    """What the file names (its names and paths): data a report quotes as the file has it."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    found = {path.name}
    for element in root.iter():
        for attribute in ("name", "path", "plainTextPath", "origin"):
            if element.get(attribute):
                found.add(str(element.get(attribute)))
    return found
