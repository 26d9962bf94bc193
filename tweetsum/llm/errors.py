"""The two ways a model call ends without an answer; the pipeline falls back for both (they are ValueErrors,
like the schema errors it catches)."""
from __future__ import annotations


class ContextOverflow(ValueError):
    """The prompt plus the output budget does not fit in the context window."""


class GenerationFailed(ValueError):
    """The backend gave no usable answer for this call: a server's malformed responses after retries, or, in
    process, a failed ``llama_decode``, logits that are not finite, or a grammar that allows no next token. The
    message carries llama.cpp's own words where it logged any (:mod:`tweetsum.llm.native_log`). The call ends;
    the run goes on."""
