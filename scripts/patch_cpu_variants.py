"""Trim ggml's x86 CPU-variant list before building llama-cpp-python (see build_llama_cpp.sh for why).

Idempotent; fails loudly when the list it expects is not there, so a llama.cpp upgrade cannot silently
bring the AMX variant back or drop the fallback.
"""
import re
import sys

KEEP = {"x64", "haswell", "skylakex", "icelake", "zen4", "alderlake"}

path = sys.argv[1]
text = open(path, encoding="utf-8").read()
start = text.index('if (GGML_SYSTEM_ARCH STREQUAL "x86")', text.index("if (GGML_CPU_ALL_VARIANTS)"))
end = text.index("elseif(GGML_SYSTEM_ARCH STREQUAL \"ARM\")", start)
block = text[start:end]
seen = set()


def edit(m: re.Match) -> str:
    name = m.group(2)
    seen.add(name)
    return m.group(0) if name in KEEP else m.group(1) + "# tweetsum: not built: " + m.group(0).lstrip()


new = re.sub(r"^(\s*)ggml_add_cpu_backend_variant\((\w+)[^\n]*$", edit, block, flags=re.M)
missing = KEEP - seen - {n for n in KEEP if f"not built: ggml_add_cpu_backend_variant({n}" in block}
if missing and not seen:
    sys.exit(f"patch_cpu_variants: no x86 variant list in {path}")
if KEEP - seen and "tweetsum: not built" not in block:
    sys.exit(f"patch_cpu_variants: variants {sorted(KEEP - seen)} not found in {path}")
open(path, "w", encoding="utf-8").write(text[:start] + new + text[end:])
print("patch_cpu_variants: building", ", ".join(sorted(KEEP)), "; left out", ", ".join(sorted(seen - KEEP)))
