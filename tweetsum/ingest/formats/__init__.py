"""Readers for single files, and content sniffing (:mod:`.sniff`):

* scraper JSONL/JSON (``jsonl``, ``json``; twscrape/snscrape field names, TweetTopic): :mod:`.scraper`;
* X API v2 responses (``x-api-v2``): :mod:`.api_v2`;
* whole JSON documents of either (arrays read element by element): :mod:`.json_docs`;
* CSV (``csv``), with the accepted columns and their aliases: :mod:`.csvfile`.

Empty count cells are 0. When a source has no hashtag/cashtag/mention/url lists they are extracted from the text.
"""
from tweetsum.ingest.common import dedupe
from tweetsum.ingest.formats.csvfile import CSV_COLUMNS, read_csv, split_list
from tweetsum.ingest.formats.json_docs import read_api_v2, read_json
from tweetsum.ingest.formats.scraper import read_jsonl, scraper_tweet
from tweetsum.ingest.formats.sniff import sniff_text

__all__ = ["sniff_text", "read_jsonl", "read_json", "read_api_v2", "read_csv", "scraper_tweet", "CSV_COLUMNS",
           "split_list", "dedupe"]
