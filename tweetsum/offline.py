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
}


def enforce() -> None:
    for k, v in OFFLINE_ENV.items():
        os.environ[k] = v
