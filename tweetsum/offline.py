"""Every library tweetsum uses is told to stay offline before it is imported.

Imported first by the package: nothing in tweetsum may reach the network, and no model is fetched from a hub.
"""
import os

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # huggingface_hub would otherwise read a stored token / probe the Hub for gated-repo auth
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    # llama.cpp's own downloader (--hf-repo / -mu) honours this switch; we only ever pass local paths
    "LLAMA_OFFLINE": "1",
}
# Checked per library (tests/test_hardening_offline.py blocks sockets and counts attempts; scripts/offline_check.sh
# runs the same test in a network namespace with no interfaces):
#   huggingface_hub / transformers / sentence-transformers: the HF_* and TRANSFORMERS_OFFLINE switches above
#     (read when huggingface_hub is imported, which is why this module runs first); models load from local
#     folders only (tweetsum.embed).
#   torch hub: has no switch; tweetsum never calls torch.hub, and sentence-transformers loads a local folder.
#   jieba: the dictionary ships in the wheel; no network code.  wordcloud / matplotlib / Pillow: fonts from the
#   package, no network code.  llama-cpp-python: Llama(model_path=...) only; from_pretrained (hub) is never used.


def enforce() -> None:
    for k, v in OFFLINE_ENV.items():
        os.environ[k] = v
