#!/usr/bin/env python3
"""Writes the password block list the portal ships with (src/LawReport.Infrastructure/Identity/BlockedPasswords.txt).

Reproducible: no randomness, no download, the same list on every run. The list holds what guessing tools try
first and what people in Chinese government offices are known to pick when a policy asks for 12 characters
from 3 classes:

- common words and names (English, pinyin, organisation words) with the usual separators and endings:
  Admin@123456, P@ssw0rd2026, Qwerty123456, Woaini@1314, Zhengfu#2025 ...;
- keyboard walks along rows and columns, with and without Shift on every other group: 1qaz@WSX3edc,
  !QAZ2wsx#EDC, qwer1234ASDF, zaq1@WSXcde3 ...;
- digit runs and repetitions.

Entries are stored in lower case; the validator compares case-insensitively. Only entries of at least 12
characters are kept: shorter passwords are refused by the length rule anyway. Run:
    /usr/bin/python3 tools/password-blocklist/generate.py
"""
import itertools
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "LawReport.Infrastructure", "Identity", "BlockedPasswords.txt")

WORDS = """
admin administrator root password passwd passw0rd p@ssw0rd p@ssword pa55word pass qwerty qwert asdf asdfgh zxcvbn
welcome welcome1 test tester user guest system sysadmin manager master super superadmin superuser server oracle mysql
postgres sa login letmein hello hello123 iloveyou love lovely sunshine dragon monkey shadow football baseball
princess abc abcd abcde abcdef aaa aaaa abc123 china beijing shanghai chongqing tianjin guangzhou shenzhen
woaini woaini1314 aini wodemima mima zhongguo zhengfu fazhi fazhizhengfu sifa sifaju zhengfa gongan jiancha fayuan
renmin dang gov govcn office bangong bangongshi xitong guanli guanliyuan anquan shenji baogao niandu
zhang wang li liu chen yang huang zhao zhou wu xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang
zhangwei wangfang liqiang lina wangwei zhangmin liyang wangjing liujie
company computer internet network default changeme secret security private public temp temporary
""".split()

SEPARATORS = ["", "@", "#", "!", ".", "_", "*"]

SUFFIXES = (
    ["1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890",
     "0", "00", "000", "0000", "000000", "01", "001", "007", "11", "111", "1111", "111111", "666", "6666", "888", "8888",
     "88888888", "520", "521", "1314", "5201314", "168", "999", "9999", "321", "54321", "654321", "987654321",
     "123!", "123.", "123abc", "abc", "abc123", "qwe", "qwe123", "!@#", "!@#$", "1qaz", "2wsx", "@123", "#123"]
    + [str(year) for year in range(2000, 2036)]
)

PREFIXES = ["", "1", "123", "@", "#"]

MINIMUM_LENGTH = 12


def variants(word):
    """The spellings people give one word: as is, capitalised, all capitals, with common letter swaps."""
    # Case is ignored by the validator, so only letter swaps make new entries.
    return {word, word.replace("a", "@").replace("o", "0").replace("i", "1")}


def keyboard_walks():
    rows = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
    shifted = {"1": "!", "2": "@", "3": "#", "4": "$", "5": "%", "6": "^", "7": "&", "8": "*", "9": "(", "0": ")"}

    def shift(text):
        return "".join(shifted.get(c, c.upper()) for c in text)

    walks = set()
    # Row runs of every length from every start, and the same runs repeated or reversed.
    for row in rows:
        for start in range(len(row)):
            for end in range(start + 3, len(row) + 1):
                run = row[start:end]
                walks.update({run, run[::-1], run + run, shift(run), run + shift(run)})
    # Column walks (1qaz, 2wsx, 3edc, ...), chained, each group with or without Shift.
    columns = ["".join(r[i] for r in rows if i < len(r)) for i in range(10)]
    for start in range(len(columns)):
        for count in range(1, 5):
            groups = columns[start:start + count]
            if len(groups) < count:
                continue
            for shifts in itertools.product([False, True], repeat=count):
                walks.add("".join(shift(g) if s else g for g, s in zip(groups, shifts)))
                walks.add("".join(shift(g[::-1]) if s else g[::-1] for g, s in zip(groups, shifts)))
    # Row pairs: qwer1234, 1234qwer, qweasdzxc, and the same with a separator and Shift on one half.
    for a, b in itertools.permutations(rows, 2):
        for n in (3, 4, 5, 6):
            x, y = a[:n], b[:n]
            for sep in ["", "@", "#", "!", "."]:
                walks.update({x + sep + y, shift(x) + sep + y, x + sep + shift(y)})
    walks.update({"qweasdzxc", "qweasdzxc123", "zaq12wsx", "zaq1@wsx", "zaq1zaq1", "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y",
                  "q1w2e3r4", "q1w2e3r4t5", "a1s2d3f4", "z1x2c3v4", "1a2b3c4d", "abcd1234", "1234abcd", "aa123456", "a123456789"})
    return walks


def main():
    blocked = set()
    for word in WORDS:
        for form in variants(word):
            for sep, suffix in itertools.product(SEPARATORS, SUFFIXES):
                blocked.add((form + sep + suffix).lower())
            for prefix in PREFIXES:
                blocked.add((prefix + form).lower())
    walks = keyboard_walks()
    for walk in walks:
        blocked.add(walk.lower())
        for sep, suffix in itertools.product(["", "@", "#", "!"], ["", "1", "123", "2024", "2025", "2026"]):
            blocked.add((walk + sep + suffix).lower())
    for digit in "0123456789":
        for n in range(MINIMUM_LENGTH, 17):
            blocked.add(digit * n)
    for n in range(MINIMUM_LENGTH, 17):
        blocked.add("".join(str((i + 1) % 10) for i in range(n)))
        blocked.add("".join(str((9 - i) % 10) for i in range(n)))

    # Shorter passwords are refused by the length rule (12) before the list is consulted.
    blocked = sorted(b for b in blocked if len(b) >= MINIMUM_LENGTH)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by tools/password-blocklist/generate.py; do not edit by hand.\n")
        for entry in blocked:
            f.write(entry + "\n")
    print(f"{len(blocked)} entries written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
