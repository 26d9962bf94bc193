"""GGUF models through llama-cpp-python: catalog, engine with KV prefix reuse, prompts, schemas.

Importing this package is cheap: llama_cpp is imported only when an engine loads its model.
"""
from tweetsum.llm.catalog import DEFAULT_MODEL, ModelSpec, list_models, model_hash, resolve_model
from tweetsum.llm.gguf_info import GGUFInfo, ModelError, read_gguf

__all__ = ["DEFAULT_MODEL", "GGUFInfo", "ModelError", "ModelSpec", "list_models", "model_hash", "read_gguf",
           "resolve_model"]
