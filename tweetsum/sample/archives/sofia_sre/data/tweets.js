window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014452044747304974"
          ],
          "editableUntil" : "2026-01-22T22:36:08.505Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "10",
      "id_str" : "2014452044747304974",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014452044747304974",
      "created_at" : "Thu Jan 22 21:36:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend plan: no laptop, a long hike above the reservoir, and tapas afterwards. Forecast says 9°C and sunny, which in January counts as a miracle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014408639848345610"
          ],
          "editableUntil" : "2026-01-22T19:43:40.696Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Devon Park",
            "screen_name" : "devon_kv",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "694725821988521704",
            "id" : "694725821988521704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "2014408639848345610",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2014408639848345610",
      "created_at" : "Thu Jan 22 18:43:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @devon_kv: Prefix caching is the most underrated cost lever of 2026. Our agent traffic shares a 6k-token system prompt; with prefix…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014309171531612170"
          ],
          "editableUntil" : "2026-01-22T13:08:25.351Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SRE",
            "indices" : [
              "180",
              "184"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "51",
      "id_str" : "2014309171531612170",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2014309171531612170",
      "created_at" : "Thu Jan 22 12:08:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Our LLM gateway now does rate limiting, caching, PII redaction, provider failover and per-team cost attribution. It's the most important service nobody outside infra knows exists. #SRE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014034197251424261"
          ],
          "editableUntil" : "2026-01-21T18:55:46.461Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/OqKHGsrjU1",
            "expanded_url" : "https://twitter.com/deng_yunwei/status/2013994588454977549",
            "display_url" : "twitter.com/deng_yunwei/sta…",
            "indices" : [
              "181",
              "204"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "204"
      ],
      "favorite_count" : "23",
      "id_str" : "2014034197251424261",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014034197251424261",
      "created_at" : "Wed Jan 21 17:55:46 +0000 2026",
      "favorited" : false,
      "full_text" : "The classic. Our version last year: streaming clients disconnecting and the server holding KV blocks until timeout. Same fix: tie cache lifetime to the connection, not the request. https://t.co/OqKHGsrjU1",
      "lang" : "en",
      "quoted_status_id_str" : "2013994588454977549"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014027913863467017"
          ],
          "editableUntil" : "2026-01-21T18:30:48.201Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "邓运维",
            "screen_name" : "deng_yunwei",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "906425380764269504",
            "id" : "906425380764269504"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "142"
      ],
      "favorite_count" : "33",
      "id_str" : "2014027913863467017",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014027913863467017",
      "created_at" : "Wed Jan 21 17:30:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@deng_yunwei ouch, 3am OOMs are the worst. Did you end up tying KV block release to the connection lifecycle? That fixed the same leak for us.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013994588454977549",
      "in_reply_to_status_id" : "2013994588454977549",
      "in_reply_to_user_id" : "906425380764269504",
      "in_reply_to_user_id_str" : "906425380764269504",
      "in_reply_to_screen_name" : "deng_yunwei"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013996626620858368"
          ],
          "editableUntil" : "2026-01-21T16:26:28.506Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "71",
      "id_str" : "2013996626620858368",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013996626620858368",
      "created_at" : "Wed Jan 21 15:26:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Observability for LLM apps: log prompt version, model version, token counts, latency, tool calls, and a sampled full trace. Debugging time halved once prompt versions were in every log line.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013951283319631887"
          ],
          "editableUntil" : "2026-01-21T13:26:18.300Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "24",
      "id_str" : "2013951283319631887",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013951283319631887",
      "created_at" : "Wed Jan 21 12:26:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Pager quiet tonight, so I made a proper ragù. Four hours on the stove. If it pages now I'm ignoring it. (I'm not ignoring it.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013736589640278019"
          ],
          "editableUntil" : "2026-01-20T23:13:11.017Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "49",
      "id_str" : "2013736589640278019",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2013736589640278019",
      "created_at" : "Tue Jan 20 22:13:11 +0000 2026",
      "favorited" : false,
      "full_text" : "SLO for our chat endpoint: p95 time-to-first-token &lt; 800ms and error rate &lt; 0.5%. We missed it twice this month, both times because of upstream rate limits, never our own code.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013693974312902660"
          ],
          "editableUntil" : "2026-01-20T20:23:50.335Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "112",
      "id_str" : "2013693974312902660",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013693974312902660",
      "created_at" : "Tue Jan 20 19:23:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Rate limits from model providers are now the top cause of our user-facing errors, above our own bugs. Token-based limits are hard to plan for when agent workloads are so bursty.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013643244461584389"
          ],
          "editableUntil" : "2026-01-20T17:02:15.551Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SRE",
            "indices" : [
              "172",
              "176"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "235",
      "id_str" : "2013643244461584389",
      "truncated" : false,
      "retweet_count" : "19",
      "id" : "2013643244461584389",
      "created_at" : "Tue Jan 20 16:02:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Postmortem from yesterday's outage: our model provider returned 529s for 47 minutes. We had a fallback provider configured... with an expired API key. Test your fallbacks. #SRE",
      "lang" : "en"
    }
  }
]