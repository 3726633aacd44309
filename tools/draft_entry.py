#!/usr/bin/env python3
"""Prints a first-draft method-table entry (Rust) for methods of spec/methods.

Usage: tools/draft_entry.py im.notify.answer [more methods...] | tools/draft_entry.py --family im
The draft is a starting point: read the method's page and curate it by hand (types the
parser could not know, limits, read/write, the result type) before it goes into src/methods/.
"""
import json
import pathlib
import re
import sys

SPEC = pathlib.Path(__file__).resolve().parent.parent / "spec" / "methods"
FAMILIES = ["imopenlines", "imconnector", "im", "imbot"]
READ_WORDS = (".get", ".list", ".search", ".status", ".counters", "Revision", ".history")


def rust_str(s):
    return json.dumps(s, ensure_ascii=False)


def enum_ty(values):
    if sorted(values) == ["N", "Y"]:
        return "YN"
    return "Ty::Enum(&[" + ", ".join(rust_str(str(v)) for v in values) + "])"


def param_ty(p, indent):
    allowed = [a["value"] for a in p.get("allowed_values", []) or []]
    t = (p.get("type") or "string").strip()
    if p.get("children"):
        inner = fields(p["children"], indent + 4)
        obj = "Ty::Object(&[\n" + inner + " " * indent + "])"
        return f"Ty::Array(&{obj})" if t.startswith("array") else obj
    if allowed and t in ("string", "char", "integer"):
        return enum_ty(allowed)
    simple = {
        "string": "STR", "integer": "INT", "boolean": "BOOL", "char": "YN" if not allowed else enum_ty(allowed),
        "datetime": "DATE", "date": "DATE", "file": "FILE", "integer[]": "INTS", "string[]": "STRS",
        "array": "Ty::Array(&ANY)", "object": "DICT", "double": "NUM", "number": "NUM",
    }
    if t in simple:
        return simple[t]
    if "|" in t:
        parts = [simple.get(x.strip(), "ANY") for x in t.split("|")]
        return "Ty::Either(&[" + ", ".join(parts) + "])"
    return "ANY"


def first_line(text):
    text = re.sub(r"\s+", " ", (text or "").strip())
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    return (m.group(1) if m else text)[:160]


def fields(params, indent):
    out = ""
    for p in params:
        ctor = "req" if p.get("required") else "opt"
        ty = param_ty(p, indent)
        out += " " * indent + f"{ctor}({rust_str(p['name'])}, {ty}).doc({rust_str(first_line(p.get('description')))}),\n"
    return out


def result_ty(v, indent=8):
    if isinstance(v, bool):
        return "BOOL"
    if isinstance(v, int):
        return "INT"
    if isinstance(v, float):
        return "NUM"
    if isinstance(v, str):
        return "STR"
    if v is None:
        return "ANY"
    if isinstance(v, list):
        return f"Ty::Array(&{result_ty(v[0], indent)})" if v else "Ty::Array(&ANY)"
    if v and all(re.fullmatch(r"\d+", k) for k in v):
        return f"Ty::Map(&{result_ty(next(iter(v.values())), indent)})"
    inner = "".join(" " * (indent + 4) + f"req({rust_str(k)}, {result_ty(x, indent + 4)}),\n" for k, x in v.items())
    return "Ty::Object(&[\n" + inner + " " * indent + "])"


def entry(m):
    name = m["method"]
    scopes = ", ".join(rust_str(s) for s in m["scopes"])
    lines = [f"    method({rust_str(name)}, &[{scopes}])"]
    if any(w in name for w in READ_WORDS):
        lines.append("        .reads()")
    if m.get("deprecated"):
        lines.append("        .deprecated()")
    lines.append(f"        .doc({rust_str(first_line(m.get('description')))})")
    if m["params"]:
        lines.append("        .params(&[\n" + fields(m["params"], 12) + "        ])")
    ok = (m.get("success_responses") or [{}])[0].get("body", {})
    if "result" in ok:
        lines.append(f"        .result({result_ty(ok['result'])})")
    return "\n".join(lines) + ",\n"


def main(args):
    methods = {m["method"]: m for f in FAMILIES for m in json.loads((SPEC / f"{f}.json").read_text())}
    if args[:1] == ["--family"]:
        names = [m["method"] for m in json.loads((SPEC / f"{args[1]}.json").read_text())]
    else:
        names = args
    for n in names:
        sys.stdout.write(entry(methods[n]))


if __name__ == "__main__":
    main(sys.argv[1:])
