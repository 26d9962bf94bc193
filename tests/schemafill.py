"""A value that satisfies one of the engine's JSON schemas, every string set to a given text (scripted engines)."""
from __future__ import annotations


def fill(schema: dict, text: str):
    if "enum" in schema:
        return schema["enum"][0]
    t = schema.get("type")
    if t == "object":
        return {k: fill(v, text) for k, v in schema["properties"].items()}
    if t == "array":
        return [fill(schema["items"], text) for _ in range(max(1, schema.get("minItems", 1)))]
    if t == "string":
        return text[: schema.get("maxLength", 200)]
    if t == "integer":
        return 1
    return None
